import { getCurrentUser } from '@/lib/accounts/queries';
import { csvLocale, csvResponse } from '@/lib/csv/export';
import { getDashboardVacancies, parseDashboardFilters } from '@/lib/vacancies/dashboard-queries';
import { vacanciesCsv } from '@/lib/vacancies/export-csv';
import { getVacancyExportFacts } from '@/lib/vacancies/export-queries';

// The dashboard's list as a spreadsheet: same scoping and filters, in the language of the page it was
// requested from (`?lang=`, Russian without it) and Moscow time, written by the shared exporter (lib/csv).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { searchParams } = new URL(request.url);
  const locale = csvLocale(searchParams);
  if (!locale) return Response.json({ error: 'invalid', details: [{ param: 'lang', message: 'applications.errors.lang' }] }, { status: 400 });
  const filters = parseDashboardFilters(Object.fromEntries(searchParams));
  const vacancies = await getDashboardVacancies(user, filters);
  const facts = await getVacancyExportFacts(user, vacancies.map((v) => v.id));
  const rows = vacancies.map((v) => ({ ...v, facts: facts.get(v.id) ?? null }));
  return csvResponse(vacanciesCsv(rows, locale), locale === 'ru' ? 'vakansii.csv' : 'vacancies.csv');
}
