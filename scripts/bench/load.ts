// npm run bench:load -- BASE_URL [--duration 60] [--connections 64] [--apply-rate 20] [--apply-mode js|form]
// Browses public pages (home, catalogue with filters, vacancy and company pages) with autocannon while, in
// parallel, candidates apply to published vacancies through the on-site form: each opens the vacancy page,
// "fills in" the form for more than the 3-second minimum and sends it, as a browser with JavaScript does
// (the server action's own request) or, with --apply-mode form, as a plain HTML form post.
// With DATABASE_URL (the server's database) every application answered as accepted is looked up: "lost".
// Run the server with TEST_CLIENT_ADDRESS_HEADER=1: each candidate claims its own address, as real ones
// have, instead of all sharing the per-address apply limit.
import '../load-env';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { percentile } from './stats';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'apply-rate': { type: 'string', default: '20' },
    'apply-mode': { type: 'string', default: 'js' },
  },
});
const baseUrl = positionals[0];
const duration = Number(values.duration);
const connections = Number(values.connections);
const applyRate = Number(values['apply-rate']);
const applyMode = values['apply-mode'];
if (!baseUrl || !/^https?:\/\//.test(baseUrl) || !(duration > 0 && connections > 0 && applyRate >= 0) || (applyMode !== 'js' && applyMode !== 'form')) {
  console.error('Usage: npm run bench:load -- http://127.0.0.1:3000 [--duration 60] [--connections 64] [--apply-rate 20] [--apply-mode js|form]');
  process.exit(2);
}
const origin = new URL(baseUrl).origin;

const MIN_FILL_MS = 3_000; // lib/applications/schemas.ts
const REQUEST_TIMEOUT_MS = 30_000;
const CATALOGUE_QUERIES = [
  '', 'page=2', 'page=3', 'q=оператор', 'q=поддержка клиентов', 'industry=ecommerce&industry=finance&schedule=shift',
  'salaryFrom=60000&availableFrom=20:00&availableTo=08:00&tz=Asia/Yekaterinburg', 'salaryFrom=700&currency=USD&language=en&sort=salary',
  'industry=finance&industry=edtech&experience=noExperience&training=1&chatOnly=1&noNight=1', 'withSalary=1&sort=salary', 'schedule=flexible&abroad=1',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;
const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const latencies = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms · p95 ${percentile(sorted, 95).toFixed(0)} ms · p99 ${percentile(sorted, 99).toFixed(0)} ms`;
};
const tally = (items: string[]) =>
  Object.entries(items.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {}))
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}×${n}`)
    .join(', ');

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${origin}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: res.status, text: await res.text() };
}

// ---- What to load ------------------------------------------------------------------------------

type ApplyForm = { actionId: string; actionKey: string; vacancyId: string; startedAt: number };

const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The apply form's hidden fields as the page rendered them; null when the vacancy takes no on-site form. */
function readApplyForm(html: string): ApplyForm | null {
  const field = (name: string) => new RegExp(`name="${name.replace(/\$/g, '\\$')}" value="([^"]*)"`).exec(html)?.[1];
  const action = field('$ACTION_1:0');
  const vacancyId = field('vacancyId');
  const startedAt = Number(field('startedAt'));
  if (!action || !vacancyId || !Number.isFinite(startedAt)) return null;
  const { id } = JSON.parse(decodeEntities(action)) as { id: string };
  return { actionId: id, actionKey: field('$ACTION_KEY') ?? '', vacancyId, startedAt };
}

async function discover(): Promise<{ publicPaths: string[]; applySlugs: string[] }> {
  const sitemap = await get('/sitemap.xml');
  const paths = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const vacancies = paths.filter((p) => /^\/vacancies\/[^/]+$/.test(p));
  const companies = paths.filter((p) => /^\/companies\/[^/]+$/.test(p));
  if (vacancies.length === 0) throw new Error(`${origin}/sitemap.xml lists no vacancies (${sitemap.status})`);

  // Vacancies whose page carries the on-site form; a few at a time, which also warms the server up.
  const applySlugs: string[] = [];
  const queue = [...vacancies].sort(() => Math.random() - 0.5).slice(0, 200);
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.pop(); path && applySlugs.length < 30; path = queue.pop()) {
        const page = await get(path);
        if (page.status === 200 && readApplyForm(page.text)) applySlugs.push(path);
      }
    }),
  );

  // The mix: about 40 % catalogue, 40 % vacancy pages, the rest home, companies, FAQ and guide.
  const mix: string[] = [];
  const add = (weight: number, items: string[]) => {
    for (let i = 0; i < weight && items.length > 0; i++) mix.push(items[i % items.length]!);
  };
  add(400, CATALOGUE_QUERIES.flatMap((q) => [`/vacancies${q ? `?${encodeURI(q)}` : ''}`, `/en/vacancies${q ? `?${encodeURI(q)}` : ''}`]));
  add(400, vacancies.slice(0, 60).flatMap((p) => [p, `/en${p}`]));
  add(100, ['/', '/en']);
  add(60, companies.slice(0, 20));
  add(40, ['/faq', '/guide', '/en/faq', '/en/guide']);
  return { publicPaths: mix, applySlugs };
}

// ---- Public pages (autocannon) -----------------------------------------------------------------

type PublicResult = { requests: number; seconds: number; latencies: number[]; statuses: number[]; errors: number; timeouts: number };

function loadPublicPages(paths: string[]): Promise<PublicResult> {
  const samples: number[] = [];
  const statuses: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration,
        timeout: REQUEST_TIMEOUT_MS / 1000,
        headers: { 'user-agent': 'chatshift-bench-load' },
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pick(paths) }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({ requests: samples.length, seconds: result.duration, latencies: samples, statuses, errors: result.errors, timeouts: result.timeouts });
      },
    );
    // Our own samples: autocannon's summary has p97.5 but no p95.
    instance.on('response', (_client, status, _bytes, ms) => {
      samples.push(ms);
      if (status >= 400) statuses.push(status);
    });
  });
}

// ---- Candidates applying -----------------------------------------------------------------------

type Outcome = 'accepted' | 'refused' | 'failed';
type Application = { email: string; outcome: Outcome; reason: string; submitMs: number };

function applyRequest(slug: string, form: ApplyForm, fields: Record<string, string>, address: string): Request {
  const body = new FormData();
  const headers: Record<string, string> = { origin, 'x-test-client-address': address };
  if (applyMode === 'js') {
    // What React sends for useActionState's (previousState, formData): the FormData's fields under `_1_`.
    for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
    body.append('0', '[null,"$K1"]');
    Object.assign(headers, { 'next-action': form.actionId, accept: 'text/x-component' });
  } else {
    body.append('$ACTION_REF_1', '');
    body.append('$ACTION_1:0', JSON.stringify({ id: form.actionId, bound: '$@1' }));
    body.append('$ACTION_1:1', '[null]');
    body.append('$ACTION_KEY', form.actionKey);
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
  }
  return new Request(`${origin}${slug}`, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

async function applyOnce(slug: string, email: string, index: number): Promise<Application> {
  const address = clientAddress();
  const failed = (reason: string): Application => ({ email, outcome: 'failed', reason, submitMs: NaN });
  try {
    const page = await get(slug, { 'x-test-client-address': address });
    const form = page.status === 200 ? readApplyForm(page.text) : null;
    if (!form) return failed(page.status === 200 ? 'no form on the page' : `page ${page.status}`);
    // The fill time counts from the server's stamp in the form; a person takes a little longer than the minimum.
    await sleep(Math.max(0, form.startedAt + MIN_FILL_MS + randomInt(200, 2_000) - Date.now()));
    const fields = {
      vacancyId: form.vacancyId, startedAt: String(form.startedAt), locale: 'ru', website: '',
      name: `Нагрузка Кандидат ${index}`, email, phone: '+7 900 000-00-00', coverMessage: 'Load test application.', consent: 'on',
    };
    const started = performance.now();
    const res = await fetch(applyRequest(slug, form, fields, address));
    const text = await res.text();
    const submitMs = performance.now() - started;
    if (res.status >= 400) return { email, outcome: 'failed', reason: String(res.status), submitMs };
    if (new RegExp(`sentTo\\\\?":\\\\?"${email.replace(/[.+]/g, '\\$&')}`).test(text)) return { email, outcome: 'accepted', reason: '', submitMs };
    const reason = /apply\.errors\.(\w+)/.exec(text)?.[1] ?? `${res.status} without a result`;
    return { email, outcome: 'refused', reason, submitMs };
  } catch (err) {
    return failed(err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : err instanceof Error ? err.message : String(err));
  }
}

/** `applyRate` candidates a second for the whole run, each on its own vacancy page and address. */
async function applyContinuously(slugs: string[], runId: string): Promise<Application[]> {
  if (applyRate === 0 || slugs.length === 0) return [];
  const inFlight: Promise<Application>[] = [];
  const until = Date.now() + duration * 1000;
  for (let i = 0; Date.now() < until; i++) {
    inFlight.push(applyOnce(pick(slugs), `load-${runId}-${i}@example.com`, i));
    await sleep(1000 / applyRate);
  }
  return Promise.all(inFlight);
}

async function storedEmails(emails: string[]): Promise<Set<string> | null> {
  if (!process.env.DATABASE_URL) return null;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>('SELECT DISTINCT "email" FROM "applications" WHERE "email" = ANY($1::text[])', [emails]);
    return new Set(rows.map((r) => r.email));
  } finally {
    await client.end();
  }
}

async function main() {
  console.log(`Load on ${origin}: ${duration} s, ${connections} connections, ${applyRate} applications/s (${applyMode} mode)`);
  const { publicPaths, applySlugs } = await discover();
  console.log(`Mix of ${new Set(publicPaths).size} public addresses; ${applySlugs.length} vacancies take the on-site form.`);
  if (applyRate > 0 && applySlugs.length === 0) console.warn('No vacancy with the on-site form found: nobody will apply.');

  const runId = Date.now().toString(36);
  const [pages, applications] = await Promise.all([loadPublicPages(publicPaths), applyContinuously(applySlugs, runId)]);

  const accepted = applications.filter((a) => a.outcome === 'accepted');
  const refused = applications.filter((a) => a.outcome === 'refused');
  const failed = applications.filter((a) => a.outcome === 'failed');
  const stored = await storedEmails(applications.map((a) => a.email));
  const lost = stored ? accepted.filter((a) => !stored.has(a.email)).length : null;
  const acceptedEmails = new Set(accepted.map((a) => a.email));
  const unconfirmed = stored ? [...stored].filter((email) => !acceptedEmails.has(email)).length : null;
  const submitted = applications.map((a) => a.submitMs).filter((ms) => Number.isFinite(ms));

  console.log(`
Public pages   ${pages.requests} requests in ${pages.seconds} s = ${(pages.requests / pages.seconds).toFixed(1)} req/s
               latency ${latencies(pages.latencies)}
               4xx/5xx ${pages.statuses.length}${pages.statuses.length ? ` (${tally(pages.statuses.map(String))})` : ''} · connection errors ${pages.errors} · timeouts ${pages.timeouts}
Applications   ${applications.length} sent: answered 2xx/redirect ${accepted.length + refused.length} (accepted ${accepted.length}, refused ${refused.length}${refused.length ? `: ${tally(refused.map((a) => a.reason))}` : ''}) · failed ${failed.length}${failed.length ? ` (${tally(failed.map((a) => a.reason))})` : ''}
               submit latency ${latencies(submitted)}
Database       ${stored === null ? 'DATABASE_URL not set: not checked' : `${accepted.length - lost!} of ${accepted.length} accepted applications stored → lost: ${lost}${unconfirmed ? ` (stored without an accepted answer: ${unconfirmed})` : ''}`}`);
  if (refused.some((a) => a.reason === 'rateLimited')) console.warn('\nSome candidates were rate limited: is the server running with TEST_CLIENT_ADDRESS_HEADER=1?');
  process.exitCode = lost ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
