import { apiRoute, notFound } from '@/lib/api/http';
import { localizedUrl } from '@/lib/seo';

// Any other address under /api/v1 answers in JSON too, never with the HTML 404 page.
export const dynamic = 'force-dynamic';

const unknown = apiRoute(async () => notFound(`No such endpoint. The API is described at ${localizedUrl('/developers', 'en')}.`));

export const GET = unknown;
export const HEAD = unknown;
export const POST = unknown;
export const PUT = unknown;
export const PATCH = unknown;
export const DELETE = unknown;
export { preflight as OPTIONS } from '@/lib/api/http';
