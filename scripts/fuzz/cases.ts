// The fuzzer's cases: pure and deterministic (seed + targets → the same requests), so a 5xx found once can
// be replayed. No I/O here; scripts/fuzz/client.ts sends them.
import { createRandom, type Random } from './random';
import {
  AUTH_ENDPOINTS, AUTH_PARAMS, CSRF_PLACEHOLDER, FORM_FIELDS, HANDLERS, PAGES, type Identity, type Route, type Targets,
} from './routes';
import { BROKEN_ENCODINGS, encodeText, HOSTILE_CALLBACK_URLS, HUGE_LENGTH, textValue, wireValue } from './values';
import { actionBody, formBody, handlerBody } from './bodies';

export type FuzzCase = {
  /** Which generator made it, for the summary. */
  kind: string;
  method: string;
  /** Exactly what goes on the request line: broken encodings and dot segments stay as they are. */
  path: string;
  /** `origin` is written as the placeholder SAME_ORIGIN when the request should come from the site itself. */
  headers: Record<string, string>;
  body?: string;
  as: Identity;
};

/** Replaced by the client with the site's own origin (the generator does not know where the app runs). */
export const SAME_ORIGIN = '__FUZZ_SAME_ORIGIN__';

/** Cases the brief names, sent first on every run whatever the seed. */
export function fixedCases(): FuzzCase[] {
  const get = (path: string, as: Identity = 'anonymous'): FuzzCase => ({ kind: 'fixed', method: 'GET', path, headers: {}, as });
  return [
    get('/vacancies?salaryFrom=abc&page=-3&industry=nope'),
    get('/vacancies?q=%00&industry=%E0%A4%A&page=%'),
    get('/en/vacancies?availableFrom=21:00&availableTo=09:00&tz=Not/AZone'),
    get(`/vacancies?q=${'a'.repeat(HUGE_LENGTH)}`),
    get('/employer?q=a%00b', 'employer'),
    get('/employer/applications?q=%00', 'employer'),
    get('/api/employer/applications/export?q=%00&status=%E0%A4%A', 'employer'),
    get('/api/employer/vacancies/export?q=a%00b', 'employer'),
    get('/admin/users?q=%00', 'admin'),
    get('/admin/companies?q=a%00b', 'admin'),
    get('/api/vacancies/%E0%A4%A/apply'),
    get('/api/auth/signin?callbackUrl=ru'),
    get('/api/auth/signin?callbackUrl=%2F%2Fevil.com'),
    get('/api/auth/session?callbackUrl=javascript:alert(1)'),
    {
      kind: 'fixed', method: 'POST', path: '/signin', as: 'anonymous', body: '0=%5Bnull%2Cnull%5D',
      headers: { 'next-action': '7f'.padEnd(42, '0'), origin: SAME_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    },
  ];
}

/** A case before generateCases names its kind. */
type Draft = Omit<FuzzCase, 'kind'>;
type Make = (r: Random, t: Targets) => Draft;

const CATALOGUE = PAGES.find((p) => p.path === '/vacancies')!;

/** How often each kind comes up, in parts of 100. */
const GENERATORS: readonly (readonly [number, { kind: string; make: Make }])[] = [
  [20, { kind: 'catalogue-query', make: (r, t) => pageCase(r, t, CATALOGUE) }],
  [20, { kind: 'page-query', make: (r, t) => pageCase(r, t, r.pick(PAGES)) }],
  [10, { kind: 'malformed-path', make: malformedPath }],
  [10, { kind: 'auth', make: authCase }],
  [10, { kind: 'handler', make: handlerCase }],
  [14, { kind: 'server-action', make: serverAction }],
  [6, { kind: 'form-post', make: formPost }],
  [4, { kind: 'router-headers', make: routerHeaders }],
  [6, { kind: 'method', make: oddMethod }],
];

/** The fixed cases, then seeded random ones: `n` in all. */
export function* generateCases(seed: number, n: number, targets: Targets): Generator<FuzzCase> {
  const fixed = fixedCases();
  for (const c of fixed.slice(0, n)) yield c;
  const r = createRandom(seed);
  for (let i = fixed.length; i < n; i++) {
    const { kind, make } = r.weighted(GENERATORS);
    const draft = make(r, targets);
    // Sign-out ends a session on the server: Auth.js endpoints are fuzzed without the signed-in cookies.
    yield { kind, ...draft, as: draft.path.startsWith('/api/auth') ? 'anonymous' : draft.as };
  }
}

// ---- Addresses --------------------------------------------------------------------------------

/** Fills `{key}` segments with a real id or slug, or now and then with a hostile one. */
export function fillPath(r: Random, template: string, t: Targets): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const known = (t as Record<string, string[] | undefined>)[key] ?? [];
    if (known.length > 0 && r.chance(0.75)) return encodeURIComponent(r.pick(known));
    return r.chance(0.5) ? wireValue(r) : encodeText(r.pick(['0', '-1', 'x'.repeat(600), '00000000-0000-0000-0000-000000000000', '😀', "x'or'1'='1"]));
  });
}

const localized = (r: Random, route: { localized: boolean }, path: string) => (route.localized && r.chance(0.4) ? `/en${path === '/' ? '' : path}` : path);

function identityFor(r: Random, area: Route['area']): Identity {
  if (area === 'public') return r.weighted([[8, 'anonymous'], [1, 'employer'], [1, 'admin']] as const);
  const owner: Identity = area;
  return r.weighted([[7, owner], [2, 'anonymous'], [1, owner === 'admin' ? 'employer' : 'admin']] as const);
}

const MAX_QUERY_LENGTH = 14 * 1024;

/** A query string of the route's own parameters (and some it does not know), with hostile values. */
export function hostileQuery(r: Random, params: readonly string[]): string {
  const names = [...params, 'utm_source', 'x', '', '__proto__', 'constructor'];
  const pairs: string[] = [];
  const count = r.int(1, 8);
  for (let i = 0; i < count; i++) {
    const base = params.length > 0 && r.chance(0.85) ? r.pick(params) : r.pick(names);
    const name = r.weighted([[12, base], [1, `${base}[]`], [1, `${base}[0]`], [1, `${base}[a]`], [1, wireValue(r).slice(0, 40)]] as const);
    const shape = r.weighted([[20, 'pair'], [1, 'bare'], [1, 'empty'], [2, 'repeated']] as const);
    if (shape === 'bare') pairs.push(encodeKey(name));
    else if (shape === 'empty') pairs.push('');
    // Up to 100 repeats of short values: the URL stays under Node's 16 kB header limit and reaches the app.
    else if (shape === 'repeated') pairs.push(Array.from({ length: r.int(2, 100) }, () => `${encodeKey(name)}=${wireValue(r).slice(0, 40)}`).join('&'));
    else pairs.push(`${encodeKey(name)}=${wireValue(r)}`);
  }
  // Past 16 kB of request head Node answers 431 itself, and the app is never reached.
  while (pairs.length > 1 && pairs.join('&').length > MAX_QUERY_LENGTH) pairs.pop();
  return `?${pairs.join(r.chance(0.05) ? '&&' : '&')}`;
}

const encodeKey = (name: string) => (/%/.test(name) ? name : encodeText(name));

function pageCase(r: Random, t: Targets, route: Route): Draft {
  const path = localized(r, route, fillPath(r, route.path, t));
  const query = route.params.length === 0 && r.chance(0.5) ? '' : hostileQuery(r, route.params);
  return { method: 'GET', path: `${path}${query}`, headers: {}, as: identityFor(r, route.area) };
}

function malformedPath(r: Random, t: Targets): Draft {
  const route = r.chance(0.3) ? { path: r.pick(HANDLERS).path, localized: false } : r.pick(PAGES);
  const path = localized(r, route, fillPath(r, route.path, t));
  const segments = path.split('/');
  const at = r.int(1, Math.max(1, segments.length - 1));
  const broken = r.weighted([
    [4, () => segments.with(at, r.pick(BROKEN_ENCODINGS)).join('/')],
    [2, () => segments.with(at, `${segments[at] ?? ''}${r.pick(BROKEN_ENCODINGS)}`).join('/')],
    [2, () => path.replace('/', '//')],
    [1, () => `${path}//`],
    [1, () => `/${path}`],
    [2, () => segments.with(at, 'x'.repeat(r.pick([256, 2048, 8000]))).join('/')],
    [2, () => segments.with(at, r.pick(['..', '.', '%2e%2e', '%2E', '..%2f..', '%2e%2e%2fadmin', '...'])).join('/')],
    [1, () => `${path}/../admin`],
    [1, () => `/./${path.slice(1)}`],
    [1, () => r.pick(['/%5Cevil.com', '/\\evil.com', '//evil.com/..', '/en/en/vacancies', '/ru/vacancies', '/EN/vacancies', '/de/faq'])],
    [1, () => r.pick(['/.env', '/_next/%E0%A4%A', '/_next/static/../../package.json', '/_next/data/x/y.json', '/_next/image?url=%2F..&w=1&q=1', '/api', '/api/', '/api/auth/%00', '/api/v1/vacancies/%00', '/vacancies;x=1', '/vacancies/.', '/favicon.ico/..'])],
    [1, () => `${path}${encodeText(textValue(r).slice(0, 200))}`],
  ] as const)();
  return { method: r.chance(0.85) ? 'GET' : 'POST', path: broken, headers: r.chance(0.3) ? { origin: SAME_ORIGIN } : {}, as: identityFor(r, 'public') };
}

function authCase(r: Random): Draft {
  const endpoint = r.pick(AUTH_ENDPOINTS);
  const callbackUrl = () => encodeText(r.pick(HOSTILE_CALLBACK_URLS));
  const query = r.weighted([
    [4, () => `?callbackUrl=${callbackUrl()}`],
    [1, () => `?callbackUrl=${callbackUrl()}&callbackUrl=${callbackUrl()}`],
    [2, () => hostileQuery(r, AUTH_PARAMS)],
    [1, () => ''],
  ] as const)();
  const headers: Record<string, string> = {};
  // Auth.js also reads the callback URL from its own cookie.
  if (r.chance(0.2)) headers.cookie = `authjs.callback-url=${callbackUrl()}`;
  if (r.chance(0.1)) headers.cookie = `authjs.csrf-token=${wireValue(r)}; authjs.session-token=${r.hex(64)}`;
  if (r.chance(0.4)) return { method: 'GET', path: `${endpoint}${query}`, headers, as: 'anonymous' };

  const fields: [string, string][] = [];
  if (r.chance(0.7)) fields.push(['csrfToken', r.chance(0.7) ? CSRF_PLACEHOLDER : textValue(r)]);
  if (r.chance(0.8)) fields.push(['callbackUrl', r.pick(HOSTILE_CALLBACK_URLS)]);
  for (let i = r.int(0, 4); i > 0; i--) fields.push([r.pick(AUTH_PARAMS), textValue(r)]);
  const body = formBody(r, fields, r.pick(['urlencoded', 'urlencoded', 'urlencoded', 'multipart', 'json', 'text', 'none'] as const));
  return { method: 'POST', path: `${endpoint}${r.chance(0.5) ? query : ''}`, headers: { ...headers, ...body.headers, origin: SAME_ORIGIN }, body: body.body, as: 'anonymous' };
}

function handlerCase(r: Random, t: Targets): Draft {
  const handler = r.pick(HANDLERS);
  const path = `${fillPath(r, handler.path, t)}${r.chance(0.6) ? hostileQuery(r, handler.params) : ''}`;
  const method = r.weighted([[3, 'POST'], [2, 'GET'], [1, 'PUT'], [1, 'PATCH'], [1, 'DELETE'], [1, 'HEAD'], [1, 'OPTIONS']] as const);
  const as = identityFor(r, handler.area);
  if (method === 'GET' || method === 'HEAD') return { method, path, headers: {}, as };
  const body = handlerBody(r);
  return { method, path, headers: { ...body.headers, ...(r.chance(0.5) ? { origin: SAME_ORIGIN } : {}) }, body: body.body, as };
}

const PAGE_WITH_FORMS = ['/signin', '/signup', '/forgot-password', '/vacancies/{vacancySlugs}', '/vacancies/{vacancySlugs}/report', '/', '/employer', '/admin'];

/** A POST that Next.js takes for a server action call (the `Next-Action` header). */
function serverAction(r: Random, t: Targets): Draft {
  const path = localized(r, { localized: true }, fillPath(r, r.pick(PAGE_WITH_FORMS), t));
  const id = t.actionIds.length > 0 && r.chance(0.6)
    ? r.pick(t.actionIds)
    : r.weighted([[6, r.hex(42)], [2, r.hex(40)], [1, ''], [1, 'x'], [1, r.hex(200)], [1, '../../x'], [1, `${r.hex(41)}%00`]] as const);
  const origin = r.weighted([[6, SAME_ORIGIN], [1, 'http://evil.com'], [1, ''], [1, 'null'], [1, undefined]] as const);
  const body = actionBody(r, t);
  const headers: Record<string, string> = { 'next-action': id, accept: 'text/x-component', ...body.headers };
  if (origin !== undefined) headers.origin = origin;
  if (r.chance(0.2)) headers['next-router-state-tree'] = r.pick(['%5B%5D', '[]', 'garbage', encodeText(textValue(r))]);
  return { method: 'POST', path, headers, body: body.body, as: r.weighted([[6, 'anonymous'], [1, 'employer'], [1, 'admin']] as const) };
}

/** A form posted without JavaScript: the action id travels in `$ACTION_…` fields, not in a header. */
function formPost(r: Random, t: Targets): Draft {
  const path = localized(r, { localized: true }, fillPath(r, r.pick(PAGE_WITH_FORMS), t));
  const id = t.actionIds.length > 0 && r.chance(0.7) ? r.pick(t.actionIds) : r.hex(42);
  const reference = () => r.pick([JSON.stringify({ id, bound: '$@1' }), JSON.stringify({ id, bound: null }), '{"id":', textValue(r), JSON.stringify({ id: r.hex(42), bound: '$@1' })]);
  const fields = r.weighted<() => [string, string][]>([
    [2, () => [[`$ACTION_ID_${id}`, '']]],
    [3, () => [['$ACTION_REF_1', ''], ['$ACTION_1:0', reference()], ['$ACTION_1:1', r.pick(['[null]', '[', '[null,null]', '{}', textValue(r)])], ['$ACTION_KEY', r.pick([`k${r.hex(32)}`, textValue(r)])]]],
    [1, () => [[`$ACTION_ID_${textValue(r).slice(0, 60)}`, textValue(r)]]],
    [1, () => [['$ACTION_REF_1', ''], ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })]]],
  ])();
  for (let i = r.int(0, 6); i > 0; i--) fields.push([r.pick(FORM_FIELDS), textValue(r)]);
  if (t.formVacancyIds.length > 0 && r.chance(0.5)) fields.push(['vacancyId', r.pick(t.formVacancyIds)]);
  const body = formBody(r, fields, r.pick(['multipart', 'multipart', 'multipart', 'urlencoded', 'text'] as const));
  return { method: 'POST', path, headers: { ...body.headers, origin: r.chance(0.9) ? SAME_ORIGIN : 'http://evil.com' }, body: body.body, as: 'anonymous' };
}

/** Next.js's own request headers (client navigation, prefetch) with values no router sends. */
function routerHeaders(r: Random, t: Targets): Draft {
  const route = r.pick(PAGES);
  const path = localized(r, route, fillPath(r, route.path, t));
  const headers: Record<string, string> = { rsc: r.pick(['1', '0', 'x']) };
  if (r.chance(0.7)) headers['next-router-state-tree'] = r.pick(['garbage', '%5B%5D', '%5B%22x%22%5D', encodeText('["",{"children":["x",{}]},null,null,true]'), encodeText(textValue(r)), '%E0%A4%A']);
  if (r.chance(0.3)) headers['next-router-prefetch'] = r.pick(['1', '2', 'x']);
  if (r.chance(0.3)) headers['next-router-segment-prefetch'] = r.pick(['/_tree', '/_index', '/x/../..', '%E0%A4%A']);
  if (r.chance(0.2)) headers['next-url'] = r.pick(['/admin', '%E0%A4%A', '//evil.com']);
  if (r.chance(0.1)) headers['x-middleware-subrequest'] = 'middleware:middleware:middleware:middleware:middleware';
  const query = r.chance(0.4) ? `?_rsc=${wireValue(r)}` : '';
  return { method: 'GET', path: `${path}${query}`, headers, as: identityFor(r, route.area) };
}

/** Methods a page does not expect, with and without a body. */
function oddMethod(r: Random, t: Targets): Draft {
  const route = r.pick(PAGES);
  const path = localized(r, route, fillPath(r, route.path, t));
  const method = r.pick(['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'POST', 'TRACE'] as const);
  const body = method === 'HEAD' || method === 'OPTIONS' || method === 'TRACE' ? undefined : handlerBody(r);
  return { method, path, headers: { ...body?.headers, ...(r.chance(0.5) ? { origin: SAME_ORIGIN } : {}) }, body: body?.body, as: identityFor(r, route.area) };
}
