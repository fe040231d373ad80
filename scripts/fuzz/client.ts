// What the fuzzer needs from an HTTP client, and the steps before fuzzing: signing in as the demo accounts
// and discovering real ids. Used by scripts/fuzz.ts (node:http) and tests/e2e/fuzz-sample.spec.ts (Playwright).
import { DEMO_ACCOUNTS } from '../../prisma/seed/demo-accounts';
import { EMPTY_TARGETS, type Identity, type Targets } from './routes';

export type WireRequest = { method: string; path: string; headers: Record<string, string>; body?: string };
export type WireResponse = { status: number; headers: Record<string, string>; text: string };

export type HttpClient = {
  /** The site's origin, e.g. http://127.0.0.1:3000. */
  origin: string;
  /**
   * Sends as `as`, with that identity's cookies, never following redirects. Cookies a response sets are
   * kept only with `remember` where the client can choose (a fuzzed response must not sign anyone out).
   * Rejects with a TimeoutError after `timeoutMs`.
   */
  send(as: Identity, request: WireRequest, options: { timeoutMs: number; remember?: boolean }): Promise<WireResponse>;
};

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export const isTimeout = (err: unknown) => err instanceof Error && (err.name === 'TimeoutError' || /timed? ?out/i.test(err.message));

/** The sign-in rate limit counts per address: every request claims a fresh one (honoured only by test servers). */
export const TEST_CLIENT_ADDRESS_HEADER = 'x-test-client-address';
export const randomClientAddress = () =>
  `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

const SLOW = { timeoutMs: 180_000 }; // a dev server compiles each route on its first request

const getText = async (client: HttpClient, as: Identity, path: string) => (await client.send(as, { method: 'GET', path, headers: {} }, SLOW)).text;

/** Auth.js's CSRF token for `as`; the token's cookie stays with that identity. */
export async function csrfToken(client: HttpClient, as: Identity): Promise<string> {
  const res = await client.send(as, { method: 'GET', path: '/api/auth/csrf', headers: {} }, { ...SLOW, remember: true });
  const token = (JSON.parse(res.text) as { csrfToken?: unknown }).csrfToken;
  if (typeof token !== 'string') throw new Error(`GET /api/auth/csrf answered ${res.status} without a token`);
  return token;
}

/** Signs `as` in through the credentials endpoint, as the sign-in form does, and checks the session. */
export async function signIn(client: HttpClient, as: Exclude<Identity, 'anonymous'>): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => (as === 'admin' ? a.role === 'admin' : a.role === 'employer'))!;
  const form = new URLSearchParams({ csrfToken: await csrfToken(client, as), email: account.email, password: account.password, callbackUrl: '/' });
  const res = await client.send(
    as,
    { method: 'POST', path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: client.origin }, body: form.toString() },
    { ...SLOW, remember: true },
  );
  const session = await getText(client, as, '/api/auth/session');
  if (!session.includes(account.email)) throw new Error(`Signing in as ${account.email} failed (${res.status} ${res.headers.location ?? ''})`);
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const unique = (items: string[]) => [...new Set(items)];

/** Action ids as React writes them into forms: `$ACTION_ID_<id>` fields or `{"id":"<id>",…}` in `$ACTION_1:0`. */
export function scrapeActionIds(html: string): string[] {
  return unique([...all(html, /\$ACTION_ID_([0-9a-f]{32,})/g), ...all(html, /&quot;id&quot;:&quot;([0-9a-f]{32,})&quot;/g)]);
}

/** Slugs from the sitemap, ids from the pages that list them; the demo accounts must be signed in first. */
export async function discoverTargets(client: HttpClient, options: { vacancyPages?: number } = {}): Promise<Targets> {
  const t: Targets = structuredClone(EMPTY_TARGETS);
  const sitemap = await getText(client, 'anonymous', '/sitemap.xml');
  const paths = all(sitemap, /<loc>([^<]+)<\/loc>/g).map((loc) => new URL(loc).pathname);
  t.vacancySlugs = unique(paths.flatMap((p) => all(p, /^\/vacancies\/([^/]+)$/g)));
  t.companySlugs = unique(paths.flatMap((p) => all(p, /^\/companies\/([^/]+)$/g)));

  const actionIds: string[] = [];
  for (const slug of t.vacancySlugs.slice(0, options.vacancyPages ?? 12)) {
    const html = await getText(client, 'anonymous', `/vacancies/${slug}`);
    actionIds.push(...scrapeActionIds(html));
    const formId = all(html, new RegExp(`name="vacancyId" value="(${UUID})"`, 'g'));
    t.formVacancyIds.push(...formId);
    t.vacancyIds.push(...formId, ...all(html, new RegExp(`/api/vacancies/(${UUID})/apply`, 'g')));
  }
  for (const path of ['/signin', '/signup', '/forgot-password', ...t.vacancySlugs.slice(0, 1).map((s) => `/vacancies/${s}/report`)]) {
    actionIds.push(...scrapeActionIds(await getText(client, 'anonymous', path)));
  }
  t.actionIds = unique(actionIds);
  t.vacancyIds = unique(t.vacancyIds);
  t.formVacancyIds = unique(t.formVacancyIds);

  const links = async (as: Identity, path: string, prefix: string) =>
    unique(all(await getText(client, as, path), new RegExp(`href="${prefix}/(${UUID})`, 'g')));
  t.employerVacancyIds = await links('employer', '/employer', '/employer/vacancies');
  t.applicationIds = await links('employer', '/employer/applications', '/employer/applications');
  t.adminCompanyIds = await links('admin', '/admin/companies', '/admin/companies');
  t.moderationIds = await links('admin', '/admin/moderation', '/admin/moderation');
  return t;
}
