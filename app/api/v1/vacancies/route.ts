import { apiRoute, cachedJson, invalidParameters, readOnlyMethods } from '@/lib/api/http';
import { listVacanciesUrl } from '@/lib/api/links';
import { parseListQuery } from '@/lib/api/params';
import { getApiVacancyPage } from '@/lib/api/queries';
import { encodeCursor, type ApiVacancyListJson } from '@/lib/api/schemas';
import { toApiVacancy } from '@/lib/api/serialize';

// GET /api/v1/vacancies: the catalogue's search as JSON, newest first, in cursor pages (docs at /developers).
export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => {
  const parsed = parseListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return invalidParameters(parsed.issues);
  const { filters, limit, after, locale } = parsed.query;

  const page = await getApiVacancyPage(filters, { limit, after });
  const next = page.next && encodeCursor(page.next);
  const nextUrl = next && listVacanciesUrl(filters, { limit, locale, cursor: next });
  const body: ApiVacancyListJson = { items: page.items.map((v) => toApiVacancy(v, locale)), total: page.total, limit, next, nextUrl };
  return cachedJson(request, body, nextUrl ? { Link: `<${nextUrl}>; rel="next"` } : {});
});

export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods(GET);
