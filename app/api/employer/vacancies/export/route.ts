import { getCurrentUser } from '@/lib/accounts/queries';
import { localizedUrl } from '@/lib/seo';
import { getDashboardVacancies, parseDashboardFilters } from '@/lib/vacancies/dashboard-queries';

// The dashboard's list as a spreadsheet: same scoping and filters, UTF-8 with a BOM and `;` so Excel opens it.
export const dynamic = 'force-dynamic';

const HEADER = ['title', 'status', 'publishedAt', 'expiresAt', 'views30', 'applyClicks30', 'applications30', 'url'];

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a title cannot run as a spreadsheet formula. */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { searchParams } = new URL(request.url);
  const filters = parseDashboardFilters(Object.fromEntries(searchParams));
  const vacancies = await getDashboardVacancies(user, filters);
  const lines = [
    HEADER.join(';'),
    ...vacancies.map((v) =>
      [
        v.title, v.status, v.publishedAt?.toISOString() ?? null, v.expiresAt?.toISOString() ?? null,
        v.stats30.views, v.stats30.applyClicks, v.stats30.applications, localizedUrl(`/vacancies/${v.slug}`, 'ru'),
      ].map(cell).join(';'),
    ),
  ];
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="vacancies.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
}
