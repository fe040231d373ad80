import { apiRoute, cachedJson, invalidParameters, readOnlyMethods } from '@/lib/api/http';
import { suggest } from '@/lib/search/suggest';
import { parseSuggestQuery, type ApiSuggestionsJson } from '@/lib/search/suggest-schemas';

// GET /api/v1/suggest?q=&locale=: what the search box offers while someone types (docs at /developers).
export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => {
  const parsed = parseSuggestQuery(new URL(request.url));
  if (!parsed.ok) return invalidParameters(parsed.issues);
  const { q, locale } = parsed.query;
  const body: ApiSuggestionsJson = { q, suggestions: await suggest(q, locale) };
  return cachedJson(request, body);
});

export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods(GET);
