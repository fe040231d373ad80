import { apiRoute, cachedJson, readOnlyMethods } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers use.
export const dynamic = 'force-dynamic';

let document: ReturnType<typeof buildOpenApiDocument> | null = null;

export const GET = apiRoute(async (request: Request) => cachedJson(request, (document ??= buildOpenApiDocument())));

export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods(GET);
