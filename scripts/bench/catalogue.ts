// npm run bench:catalogue [-- --runs 40 --skip-http --reuse-build]
// Seeds (or reuses) a database with 100k vacancies, then prints p50/p95 of /vacancies for several
// filter combinations — the whole server response of `next start`, facets included — plus the
// database part alone, and EXPLAIN ANALYZE of the slowest combination.
import '../load-env';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations, ROOT } from '../db/schema-engine';
import { startEmbeddedPostgres, ensureDatabase } from '../db/embedded';
import { seedDemo } from '../../prisma/seed/seed';
import { percentile } from './stats';

const SCENARIOS: { name: string; query: string }[] = [
  { name: 'default listing (newest)', query: '' },
  { name: 'text + filters', query: 'q=оператор&industry=ecommerce&industry=finance&schedule=shift' },
  { name: 'text only, by relevance', query: 'q=поддержка клиентов' },
  { name: 'salary + hours window', query: 'salaryFrom=60000&availableFrom=20:00&availableTo=08:00&tz=Asia/Yekaterinburg' },
  { name: 'salary in USD, sorted by salary', query: 'salaryFrom=700&currency=USD&language=en&sort=salary' },
  { name: 'many facets + flags', query: 'industry=finance&industry=edtech&experience=noExperience&training=1&chatOnly=1&noNight=1' },
  { name: 'deep page (250)', query: 'page=250' },
];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'skip-http': { type: 'boolean', default: false },
    'reuse-build': { type: 'boolean', default: false },
    vacancies: { type: 'string', default: '100000' },
  },
});
const RUNS = Math.max(5, Number(values.runs));
const TARGET = Number(values.vacancies);

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const ms = (n: number) => `${n.toFixed(1).padStart(6)} ms`;

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

async function benchHttp(databaseUrl: string) {
  if (!values['reuse-build'] || !existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('Building (next build)…');
    await new Promise<void>((resolve, reject) => {
      const build = run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { DATABASE_URL: databaseUrl });
      build.stdout?.resume();
      build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('next build failed'))));
    });
  }
  const port = 3300;
  const server = run(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], { DATABASE_URL: databaseUrl });
  server.stdout?.resume();
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`);
    console.log(`\nHTTP: GET /vacancies on next start, ${RUNS} sequential requests per row after 3 warm-ups (loopback)\n`);
    const results: { name: string; p50: number; p95: number }[] = [];
    for (const s of SCENARIOS) {
      const url = `http://127.0.0.1:${port}/vacancies${s.query ? `?${s.query}` : ''}`;
      const samples: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
        if (i >= 3) samples.push(performance.now() - t);
      }
      results.push({ name: s.name, ...stats(samples) });
      console.log(`  ${s.name.padEnd(34)} p50 ${ms(stats(samples).p50)}   p95 ${ms(stats(samples).p95)}`);
    }
    return results;
  } finally {
    server.kill('SIGTERM');
  }
}

async function benchQueries(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { searchVacancies, explainSearchVacancies } = await import('../../lib/vacancies/catalogue-queries');
  const { parseCatalogueParams } = await import('../../lib/vacancies/search-params');
  const toFilters = (query: string) => {
    const params = new URLSearchParams(query);
    const raw: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
    return parseCatalogueParams(raw).filters;
  };
  console.log(`\nDatabase only: searchVacancies() (facets + page + cards), ${RUNS} runs after 3 warm-ups\n`);
  let slowest = { name: '', query: '', p95: 0 };
  for (const s of SCENARIOS) {
    const filters = toFilters(s.query);
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const t = performance.now();
      total = (await searchVacancies(filters)).total;
      if (i >= 3) samples.push(performance.now() - t);
    }
    const { p50, p95 } = stats(samples);
    if (p95 > slowest.p95) slowest = { name: s.name, query: s.query, p95 };
    console.log(`  ${s.name.padEnd(34)} p50 ${ms(p50)}   p95 ${ms(p95)}   (${total} matches)`);
  }
  const plan = await explainSearchVacancies(toFilters(slowest.query));
  console.log(`\nSlowest: ${slowest.name} (?${slowest.query})\n\n${plan}`);
}

async function main() {
  const db = await benchDatabase();
  try {
    await benchQueries(db.url);
    if (!values['skip-http']) await benchHttp(db.url);
  } finally {
    await db.stop();
  }
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
