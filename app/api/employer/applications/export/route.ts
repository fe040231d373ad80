import { getCurrentUser } from '@/lib/accounts/queries';
import { ExportFiltersSchema, paramsRecord } from '@/lib/applications/pipeline-schemas';
import { getApplicationsForExport, type ExportRow } from '@/lib/applications/queries';
import { csvResponse, toCsv, type CsvCell } from '@/lib/csv/export';
import { localizedUrl } from '@/lib/seo';

// The applications list as a spreadsheet: the list's scoping and filters, every page at once, written by
// the shared exporter (lib/csv: BOM, `;`, formula guard — candidates' text is untrusted).
export const dynamic = 'force-dynamic';

const HEADER = [
  'createdAt', 'status', 'vacancy', 'name', 'email', 'phone', 'telegram', 'languages', 'experience',
  'preferredShifts', 'coverMessage', 'cvUrl', 'erased', 'url',
];

function line(r: ExportRow): CsvCell[] {
  return [
    r.createdAt.toISOString(), r.status, r.vacancyTitle, r.name, r.email, r.phone, r.telegram,
    r.languages.map((l) => `${l.language}:${l.level}`).join(' '), r.experience, r.preferredShifts, r.coverMessage, r.cvUrl,
    r.erased ? 'yes' : '', localizedUrl(`/employer/applications/${r.id}`, 'ru'),
  ];
}

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = ExportFiltersSchema.safeParse(paramsRecord(new URL(request.url).searchParams));
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ param: String(i.path[0] ?? ''), message: i.message }));
    return Response.json({ error: 'invalid', details }, { status: 400 });
  }
  const rows = await getApplicationsForExport(user, parsed.data);
  if (!rows) return Response.json({ error: 'notFound' }, { status: 404 });
  return csvResponse(toCsv(HEADER, rows.map(line)), 'applications.csv');
}
