import { getCurrentUser } from '@/lib/accounts/queries';
import { csvResponse, toCsv } from '@/lib/csv/export';
import { localizedUrl } from '@/lib/seo';
import { getDashboardVacancies, parseDashboardFilters } from '@/lib/vacancies/dashboard-queries';

// The dashboard's list as a spreadsheet: same scoping and filters, written by the shared exporter (lib/csv).
export const dynamic = 'force-dynamic';

const HEADER = ['title', 'status', 'publishedAt', 'expiresAt', 'views30', 'applyClicks30', 'applications30', 'url'];

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { searchParams } = new URL(request.url);
  const filters = parseDashboardFilters(Object.fromEntries(searchParams));
  const vacancies = await getDashboardVacancies(user, filters);
  const rows = vacancies.map((v) => [
    v.title, v.status, v.publishedAt?.toISOString() ?? null, v.expiresAt?.toISOString() ?? null,
    v.stats30.views, v.stats30.applyClicks, v.stats30.applications, localizedUrl(`/vacancies/${v.slug}`, 'ru'),
  ]);
  return csvResponse(toCsv(HEADER, rows), 'vacancies.csv');
}
