import { getCurrentUser } from '@/lib/accounts/queries';
import { applicationsCsv } from '@/lib/applications/export-csv';
import { ExportFiltersSchema, paramsRecord } from '@/lib/applications/pipeline-schemas';
import { getApplicationsForExport } from '@/lib/applications/queries';
import { csvLocale, csvResponse } from '@/lib/csv/export';

// The applications list as a spreadsheet: the list's scoping and filters, every page at once, in the language
// of the page it was requested from (`?lang=`, Russian without it) and Moscow time, written by the shared
// exporter (lib/csv: BOM, `;`, formula guard — candidates' text is untrusted).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const search = new URL(request.url).searchParams;
  const locale = csvLocale(search);
  const parsed = ExportFiltersSchema.safeParse(paramsRecord(search));
  if (!parsed.success || !locale) {
    const details = (parsed.error?.issues ?? []).map((i) => ({ param: String(i.path[0] ?? ''), message: i.message }));
    if (!locale) details.push({ param: 'lang', message: 'applications.errors.lang' });
    return Response.json({ error: 'invalid', details }, { status: 400 });
  }
  const rows = await getApplicationsForExport(user, parsed.data);
  if (!rows) return Response.json({ error: 'notFound' }, { status: 404 });
  return csvResponse(applicationsCsv(rows, locale), locale === 'ru' ? 'otkliki.csv' : 'applications.csv');
}
