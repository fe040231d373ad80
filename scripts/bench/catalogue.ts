// npm run bench:catalogue [-- BASE_URL] [--runs 40] [--connections 16] [--duration 10] [--skip-http] [--reuse-build]
// The cases of issue 14 at 100k vacancies — the catalogue's common requests and a vacancy page. Per case:
//   SQL alone  the page's database work without the cache (searchVacanciesUncached; a vacancy's queries);
//   HTTP cold  the whole response right after the catalogue changed, so the cache starts over (decision 023);
//   HTTP warm  the same request again: cached results, rendering still per request;
//   req/s      autocannon, --connections for --duration seconds, warm;
// and the ratio of HTTP cold to SQL. Without BASE_URL it seeds (or reuses) chatshift_bench, builds and
// starts the app itself; with BASE_URL it measures that server, and DATABASE_URL must be its database.
import '../load-env';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations, ROOT } from '../db/schema-engine';
import { startEmbeddedPostgres, ensureDatabase } from '../db/embedded';
import { seedDemo } from '../../prisma/seed/seed';
import { percentile } from './stats';

const CATALOGUE_CASES = [
  '', 'q=чат', 'q=поддержка&industry=ecommerce&schedule=shift', 'salaryFrom=40000&salaryTo=80000', 'page=50',
  'q=оператор', 'page=250',
];
const VACANCY = 'a vacancy page';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '40' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
    'skip-http': { type: 'boolean', default: false },
    'reuse-build': { type: 'boolean', default: false },
    vacancies: { type: 'string', default: '100000' },
  },
});
const RUNS = Math.max(5, Number(values.runs));
const TARGET = Number(values.vacancies);
const CONNECTIONS = Math.max(1, Number(values.connections));
const DURATION = Math.max(1, Number(values.duration));
const baseUrl = positionals[0];
if (baseUrl && (!/^https?:\/\//.test(baseUrl) || !process.env.DATABASE_URL)) {
  console.error('Usage: DATABASE_URL=<the server\'s database> npm run bench:catalogue -- http://127.0.0.1:3000');
  process.exit(2);
}

type Figures = { p50: number; p95: number };
type Row = { name: string; path: string; sql?: Figures; cold?: Figures; warm?: Figures; rps?: number };

const stats = (samples: number[]): Figures => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const cell = (n: number | undefined, digits = 1) => (n === undefined ? '—' : n.toFixed(digits)).padStart(7);

async function sample(runs: number, task: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<Figures> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    await before?.();
    const t = performance.now();
    await task();
    if (i >= 3) samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  const server = base ? null : await startEmbeddedPostgres({ dataDir: path.join(ROOT, '.data', 'bench-postgres'), port: 54349 });
  const admin = base ? Object.assign(new URL(base), { pathname: '/postgres' }).toString() : server!.url('postgres');
  await ensureDatabase(admin, 'chatshift_bench');
  const url = Object.assign(new URL(admin), { pathname: '/chatshift_bench' }).toString();
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM vacancies');
  await client.end();
  if ((rows[0]?.n ?? 0) < TARGET) {
    console.log(`Seeding ${TARGET} vacancies into chatshift_bench…`);
    const s = await seedDemo(url, { vacancies: TARGET, quiet: true });
    console.log(`Seeded in ${(s.ms / 1000).toFixed(1)} s.`);
  } else console.log(`Reusing chatshift_bench (${rows[0]!.n} vacancies).`);
  return { url, stop: async () => { if (server?.owned) await server.stop(); } };
}

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Builds (unless --reuse-build) and starts `next start` on the bench database; returns its URL and a stop. */
async function startServer(databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  if (!values['reuse-build'] || !existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('Building (next build)…');
    await new Promise<void>((resolve, reject) => {
      const build = run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { DATABASE_URL: databaseUrl });
      build.stdout?.resume();
      build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('next build failed'))));
    });
  }
  const port = 3300;
  const server = run(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], { DATABASE_URL: databaseUrl, JOBS: 'off' });
  server.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`);
  return { url, stop: () => server.kill('SIGTERM') };
}

async function get(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
}

async function requestsPerSecond(url: string): Promise<number> {
  // autocannon sends the path as given: percent-encode it («чат» would otherwise never get an answer).
  const result = await autocannon({ url: new URL(url).href, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx || result.errors || !result.requests.total) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load, ${result.requests.total} requests`);
  return result.requests.average;
}

async function main() {
  const database = baseUrl ? { url: process.env.DATABASE_URL!, stop: async () => {} } : await benchDatabase();
  process.env.DATABASE_URL = database.url;
  const { explainSearchVacancies, searchVacanciesUncached } = await import('../../lib/vacancies/catalogue-queries');
  const { readSimilarVacancies, readVacancyPage } = await import('../../lib/vacancies/detail-queries');
  const { parseCatalogueParams } = await import('../../lib/vacancies/search-params');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const toParsed = (query: string) => {
    const params = new URLSearchParams(query);
    const raw: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
    return parseCatalogueParams(raw);
  };
  const toFilters = (query: string) => toParsed(query).filters;
  const { rows: [newest] } = await client.query<{ slug: string }>(
    `SELECT "slug" FROM "vacancies" WHERE "status" = 'published' AND "expiresAt" > now() ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  if (!newest) throw new Error('No open vacancy: seed the database first.');
  const open = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "vacancies" WHERE "status" = 'published' AND "expiresAt" > now()`)).rows[0]?.n ?? 0;
  const rows: Row[] = [
    ...CATALOGUE_CASES.map((query) => ({ name: query ? `?${query}` : '/vacancies', path: `/vacancies${query ? `?${query}` : ''}` })),
    // Page 250 as a visitor reaches it, by page 249's "next" link: a keyset cursor (lib/vacancies/page-cursor.ts).
    { name: '?page=250 by "next"', path: `/vacancies?page=250&after=${(await searchVacanciesUncached(toFilters('page=249'), new Date(), { locale: 'ru' })).cursors.next}` },
    { name: VACANCY, path: `/vacancies/${newest.slug}` },
  ];

  console.log(`${open} open vacancies; ${RUNS} runs per figure after 3 warm-ups; req/s with ${CONNECTIONS} connections for ${DURATION} s.`);
  for (const row of rows) {
    if (row.name === VACANCY) {
      row.sql = await sample(RUNS, async () => {
        const { detail } = await readVacancyPage(newest.slug, new Date());
        if (detail) await readSimilarVacancies(detail, 4);
      });
    } else {
      const { filters, cursor } = toParsed(row.path.split('?')[1] ?? '');
      row.sql = await sample(RUNS, () => searchVacanciesUncached(filters, new Date(), { locale: 'ru', cursor }));
    }
  }

  // The plan of the slowest catalogue case, for decision 008 and whoever changes the SQL next.
  const slowest = rows.filter((r) => r.name !== VACANCY).reduce((a, b) => (b.sql!.p95 > a.sql!.p95 ? b : a));
  const plan = await explainSearchVacancies(toFilters(slowest.path.split('?')[1] ?? ''));

  const server = baseUrl || values['skip-http'] ? null : await startServer(database.url);
  const origin = values['skip-http'] ? undefined : baseUrl ? new URL(baseUrl).origin : server?.url;
  try {
    if (origin) {
      // A new catalogue version: what a visitor meets right after any approval, edit or expiry.
      const change = () => client.query('UPDATE "catalogue_state" SET "version" = "version" + 1');
      for (const row of rows) {
        const url = `${origin}${row.path}`;
        row.cold = await sample(RUNS, () => get(url), change);
        row.warm = await sample(RUNS, () => get(url));
        row.rps = await requestsPerSecond(url);
      }
    }
  } finally {
    server?.stop();
    await client.end();
  }

  console.log('\ncase                                             SQL p50   SQL p95  cold p50  cold p95  warm p50  warm p95    req/s  cold/SQL');
  for (const r of rows) {
    const ratio = r.cold && r.sql ? r.cold.p50 / r.sql.p50 : undefined;
    console.log(
      `${r.name.padEnd(46)} ${cell(r.sql?.p50)}  ${cell(r.sql?.p95)}  ${cell(r.cold?.p50)}  ${cell(r.cold?.p95)}  ${cell(r.warm?.p50)}  ${cell(r.warm?.p95)}  ${cell(r.rps)}  ${cell(ratio, 2)}`,
    );
  }
  console.log('\nms; p50/p95 of sequential requests on one connection. Every figure is from this run on this machine.');
  console.log(`\nPlan of the slowest case by SQL p95 (${slowest.name}):\n${plan}`);
  await database.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
