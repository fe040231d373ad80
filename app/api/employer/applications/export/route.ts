import { getCurrentUser } from '@/lib/accounts/queries';
import { ExportFiltersSchema, paramsRecord } from '@/lib/applications/pipeline-schemas';
import { getApplicationsForExport, type ExportRow } from '@/lib/applications/queries';
import { localizedUrl } from '@/lib/seo';

// The applications list as a spreadsheet: the list's scoping and filters, every page at once, UTF-8 with
// a BOM and `;` so Excel opens it. Candidates' text is untrusted, hence the formula guard in `cell`.
export const dynamic = 'force-dynamic';

const HEADER = [
  'createdAt', 'status', 'vacancy', 'name', 'email', 'phone', 'telegram', 'languages', 'experience',
  'preferredShifts', 'coverMessage', 'cvUrl', 'erased', 'url',
];

/** RFC 4180 quoting; a leading =, +, - or @ (or tab, CR) is defused so a cell cannot run as a formula. */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(r: ExportRow): string {
  return [
    r.createdAt.toISOString(), r.status, r.vacancyTitle, r.name, r.email, r.phone, r.telegram,
    r.languages.map((l) => `${l.language}:${l.level}`).join(' '), r.experience, r.preferredShifts, r.coverMessage, r.cvUrl,
    r.erased ? 'yes' : '', localizedUrl(`/employer/applications/${r.id}`, 'ru'),
  ].map(csvCell).join(';');
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
  const body = [HEADER.join(';'), ...rows.map(line)].join('\r\n');
  return new Response(`\uFEFF${body}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="applications.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
}
