import { apiRoute, cachedJson, invalidParameters, notFound, readOnlyMethods } from '@/lib/api/http';
import { parseItemQuery } from '@/lib/api/params';
import { getApiVacancy } from '@/lib/api/queries';
import { toApiVacancy } from '@/lib/api/serialize';

// GET /api/v1/vacancies/{id}: one open vacancy by id or slug.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const query = parseItemQuery(new URL(request.url));
  if (!query.ok) return invalidParameters(query.issues);
  const vacancy = await getApiVacancy((await params).id);
  if (!vacancy) return notFound('No open vacancy with this id or slug: it may have been closed, expired or never existed.');
  return cachedJson(request, toApiVacancy(vacancy, query.locale));
});

export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods(GET);
