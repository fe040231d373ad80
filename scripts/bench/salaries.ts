// npm run bench:salaries [-- --runs 200 --refreshes 3] [BASE_URL]
// Over the database in DATABASE_URL (seed it first, e.g. `npm run db:seed -- --vacancies 100000`): times the
// salary-insights job's refresh, then the data load of /salaries (read the snapshot and the rates, convert),
// of the editor's market lookup, and — given a BASE_URL of a running app — /salaries and /api/v1/salaries over HTTP.
import '../load-env';
import { parseArgs } from 'node:util';
import { percentile } from './stats';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '200' }, refreshes: { type: 'string', default: '3' }, 'base-url': { type: 'string' } },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs takes a whole number from 1, e.g. --runs 200');
  process.exit(2);
}
const REFRESHES = Number(values.refreshes);
const BASE_URL = (values['base-url'] ?? positionals[0] ?? '').replace(/\/+$/, '');
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a seeded database (npm run db:seed -- --vacancies 100000).');
  process.exit(2);
}

function report(label: string, ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${percentile(s, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(s, 95).toFixed(2).padStart(8)} ms   max ${s.at(-1)!.toFixed(2).padStart(8)} ms   (${s.length} runs)`);
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return ms;
}

async function main() {
  const { db } = await import('../../lib/db');
  const { refreshSalaryInsights } = await import('../../lib/salaries/refresh.server');
  const { getSalaryMarket, getSalarySnapshot } = await import('../../lib/salaries/queries');
  const { getExchangeRates } = await import('../../lib/rates/queries');
  const { presentSnapshot } = await import('../../lib/salaries/present');

  const open = await db.vacancy.count({ where: { status: 'published', expiresAt: { gt: new Date() } } });
  const total = await db.vacancy.count();
  console.log(`Vacancies: ${total} (${open} open).`);

  const refresh: number[] = [];
  let last: Awaited<ReturnType<typeof refreshSalaryInsights>> | null = null;
  for (let i = 0; i < REFRESHES; i++) {
    last = await refreshSalaryInsights(new Date());
    refresh.push(last.durationMs);
  }
  report('job refresh (salary-insights)', refresh);
  const size = Buffer.byteLength(JSON.stringify(last!.snapshot));
  console.log(`  snapshot: ${last!.vacancies} vacancies with a salary, ${(size / 1024).toFixed(1)} kB of JSON, ${last!.snapshot.cells.length} lookup cells`);

  // What the page awaits before rendering: the snapshot row, the rates, the conversion into the visitor's currency.
  await time(10, () => getSalarySnapshot()); // warm the pool
  report('/salaries data load (RUB)', await time(RUNS, async () => presentSnapshot(await getSalarySnapshot(), 'RUB', await getExchangeRates())));
  report('/salaries data load (USD)', await time(RUNS, async () => presentSnapshot(await getSalarySnapshot(), 'USD', await getExchangeRates())));
  report('editor market lookup', await time(RUNS, () => getSalaryMarket()));

  if (BASE_URL) {
    const get = (path: string) => async () => {
      const res = await fetch(`${BASE_URL}${path}`, { headers: { 'user-agent': 'chatshift-bench' } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    };
    const runs = Math.min(RUNS, 100); // the open API allows 120 requests a minute per address
    await time(5, get('/salaries'));
    report('HTTP /salaries', await time(runs, get('/salaries')));
    report('HTTP /en/salaries?currency=USD', await time(runs, get('/en/salaries?currency=USD')));
    report('HTTP /api/v1/salaries', await time(runs, get('/api/v1/salaries')));
  } else {
    console.log('(Give a BASE_URL of a running app, e.g. `npm run bench:salaries -- http://localhost:3000`, for HTTP timings.)');
  }
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
