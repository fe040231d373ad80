import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';

// Requests refused before Next.js sees them (scripts/server.ts): each of these reached a framework code
// path that answers 500. docs/decisions/014-untrusted-input.md.

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

// Next.js's own router headers: sent by its client on in-app navigation, parsed without a guard.
const ENCODED_ROUTER_HEADERS = ['next-router-state-tree', 'next-url', 'next-router-segment-prefetch'];

export type Refusal = { status: 400 | 405; message: string };

function decodes(value: string): boolean {
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** Next.js's own check of its router header (pinned version, decision 001), run where a failure can be a 400. */
function isRouterStateTree(value: string): boolean {
  try {
    parseAndValidateFlightRouterState(value);
    return true;
  } catch {
    return false;
  }
}

/** The last path segment names a file (sitemap.xml, robots.txt, icon.svg): only ever read, never posted to. */
const isFilePath = (pathname: string) => (pathname.split('/').at(-1) ?? '').includes('.');

/** Why a request cannot be served, or null. `path` is the raw request target (path and query). */
export function refuseRequest(method: string, path: string, header: (name: string) => string | undefined): Refusal | null {
  const pathname = path.split('?')[0] ?? '';
  // CORS preflights of the read-only open API, which answers them itself (lib/api/http.ts).
  const apiPreflight = method === 'OPTIONS' && /^\/api\/v1(?:\/|$)/.test(pathname);
  if (!(ALLOWED_METHODS as readonly string[]).includes(method) && !apiPreflight) {
    return { status: 405, message: `Method not allowed: use ${ALLOWED_METHODS.join(', ')}.\nМетод не поддерживается.` };
  }
  if (method !== 'GET' && method !== 'HEAD' && !apiPreflight && isFilePath(pathname)) {
    return { status: 405, message: 'Method not allowed: files are read with GET.\nМетод не поддерживается.' };
  }
  if (!decodes(pathname)) return { status: 400, message: 'Bad request: the address is not correctly encoded.\nНеверный запрос: адрес закодирован с ошибкой.' };
  for (const name of ENCODED_ROUTER_HEADERS) {
    const value = header(name);
    if (value !== undefined && !decodes(value)) return { status: 400, message: `Bad request: the ${name} header is not correctly encoded.` };
  }
  const tree = header('next-router-state-tree');
  if (tree !== undefined && !isRouterStateTree(tree)) return { status: 400, message: 'Bad request: the next-router-state-tree header cannot be read.' };
  return null;
}

// Query parameters that name JavaScript's object machinery: no page uses them, and copied into a plain
// object they reach prototypes (`?__proto__=…` broke the catalogue, `?constructor=…` the CSV export).
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The request target without those parameters (unchanged, and the same string, when there are none). */
export function withoutPrototypeKeys(path: string): string {
  const q = path.indexOf('?');
  if (q === -1 || !/(?:^|[?&])(?:__proto__|constructor|prototype)(?:[=&[]|%5B|$)/i.test(path.slice(q))) return path;
  const params = new URLSearchParams(path.slice(q + 1));
  for (const key of [...params.keys()]) if (PROTOTYPE_KEYS.has(key.replace(/\[.*$/, ''))) params.delete(key);
  const query = params.toString();
  return path.slice(0, q) + (query ? `?${query}` : '');
}
