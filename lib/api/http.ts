import 'server-only';
import { createHash } from 'node:crypto';
import { clientAddressFrom } from '@/lib/http/client-address';
import { consumeApiRequest, peekApiRequests, type RateLimitState } from './rate-limit.server';
import { API_MAX_AGE, API_RATE_LIMIT, type ApiErrorCode } from './schemas';
import type { Issue } from './params';

// Everything /api/v1 answers goes through here: JSON errors (never an HTML page), read-only CORS, the
// per-address limit with its headers, and ETags. Route handlers stay thin.

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy',
};

const JSON_TYPE = 'application/json; charset=utf-8';

export function apiError(status: number, error: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error, message }), { status, headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers } });
}

export function invalidParameters(issues: Issue[]): Response {
  const body = { error: 'invalid_parameters', message: 'Some parameters could not be read; see issues.', issues };
  return new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' } });
}

export const notFound = (message = 'No such resource.') => apiError(404, 'not_found', message);

const weakEtag = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match with weak comparison (RFC 9110 §13.1.2): any listed tag, or `*`. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === opaque;
  });
}

/** A cacheable 200 with a weak ETag of its body, or a 304 when the client already has it. */
export function cachedJson(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = weakEtag(text);
  const common = { ETag: etag, 'Cache-Control': `public, max-age=${API_MAX_AGE}`, ...headers };
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(text, { headers: { 'Content-Type': JSON_TYPE, ...common } });
}

function withApiHeaders(response: Response, limit: RateLimitState | null): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  if (limit) {
    response.headers.set('RateLimit-Limit', String(limit.limit));
    response.headers.set('RateLimit-Remaining', String(limit.remaining));
    response.headers.set('RateLimit-Reset', String(limit.resetSeconds));
    response.headers.set('RateLimit-Policy', `${API_RATE_LIMIT.points};w=${API_RATE_LIMIT.windowSeconds}`);
  }
  return response;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * A route handler of the open API: counts the request against the caller's budget (a preflight only
 * reads it), answers 429 once it is spent, and turns any failure into a JSON 500.
 */
export function apiRoute<C>(handler: Handler<C>, options: { preflight?: boolean } = {}): Handler<C> {
  return async (request, context) => {
    let limit: RateLimitState | null = null;
    try {
      const address = clientAddressFrom(request.headers);
      limit = options.preflight ? await peekApiRequests(address) : await consumeApiRequest(address);
      if (!limit.allowed && !options.preflight) {
        const retryAfter = String(Math.max(1, limit.resetSeconds));
        return withApiHeaders(
          apiError(429, 'rate_limited', `At most ${API_RATE_LIMIT.points} requests a minute per address; try again in ${retryAfter} s.`, { 'Retry-After': retryAfter }),
          limit,
        );
      }
      return withApiHeaders(await handler(request, context), limit);
    } catch (err) {
      console.error('[api] request failed:', err);
      return withApiHeaders(apiError(500, 'internal_error', 'Something went wrong on our side; try again later.'), limit);
    }
  };
}

/** HEAD: the GET answer without its body. */
export function headOf<C>(get: Handler<C>): Handler<C> {
  return async (request, context) => {
    const response = await get(request, context);
    return new Response(null, { status: response.status, headers: response.headers });
  };
}

/** The CORS preflight: read-only methods, the one request header worth sending (If-None-Match). */
export const preflight = apiRoute(
  async () =>
    new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': 'If-None-Match',
        'Access-Control-Max-Age': '86400',
        'Cache-Control': `public, max-age=${API_MAX_AGE}`,
      },
    }),
  { preflight: true },
);

/** Anything but GET, HEAD and OPTIONS. */
export const methodNotAllowed = apiRoute(async () =>
  apiError(405, 'method_not_allowed', `This API is read-only: use ${ALLOWED_METHODS}.`, { Allow: ALLOWED_METHODS }),
);

/**
 * Every method of a read-only API route but GET: `export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } =
 * readOnlyMethods(GET);` — HEAD without the body, the CORS preflight, 405 for writes.
 */
export function readOnlyMethods<C>(get: Handler<C>) {
  return {
    HEAD: headOf(get),
    OPTIONS: preflight,
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  };
}
