// npm run bench:api -- BASE_URL [--runs 100]
// p50/p95 of the open API (GET /api/v1/vacancies…) against a running server, one request at a time.
// Start the server with TEST_CLIENT_ADDRESS_HEADER=1: each request then comes from its own address, so
// the per-address limit (120 a minute) measures nothing here.
import { parseArgs } from 'node:util';
import { percentile } from './stats';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '100' } } });
const base = positionals[0];
if (!base) {
  console.error('Usage: npm run bench:api -- http://127.0.0.1:3200 [--runs 100]');
  process.exit(2);
}
const RUNS = Math.max(10, Number(values.runs));

let address = 0;

async function timed(path: string): Promise<{ ms: number; body: { items?: { id: string }[]; nextUrl?: string | null } }> {
  const started = performance.now();
  const response = await fetch(new URL(path, base), { headers: { 'x-test-client-address': `198.51.100.${(address++ % 250) + 1}` } });
  const body = (await response.json()) as { items?: { id: string }[]; nextUrl?: string | null };
  const ms = performance.now() - started;
  if (response.status === 429) throw new Error('429: start the server with TEST_CLIENT_ADDRESS_HEADER=1');
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  return { ms, body };
}

async function main() {
  const first = await timed('/api/v1/vacancies?limit=100');
  const id = first.body.items?.[0]?.id;
  let deep = '/api/v1/vacancies?limit=100';
  for (let i = 0; i < 20 && deep; i++) deep = (await timed(deep)).body.nextUrl ?? '';
  const cases: [string, string][] = [
    ['newest 20', '/api/v1/vacancies'],
    ['newest 100', '/api/v1/vacancies?limit=100'],
    ['text', '/api/v1/vacancies?q=оператор'],
    ['filters', '/api/v1/vacancies?industry=ecommerce&schedule=shift&language=en&chatOnly=1'],
    ['salary', '/api/v1/vacancies?salaryFrom=40000&salaryTo=80000'],
    ['cursor, page 21 of 100', deep ? new URL(deep, base).pathname + new URL(deep, base).search : '/api/v1/vacancies'],
    ['one vacancy', `/api/v1/vacancies/${id}`],
  ];
  console.log(`${RUNS} sequential requests per case against ${base}`);
  const all: number[] = [];
  for (const [name, path] of cases) {
    await timed(path); // warm
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await timed(path)).ms);
    samples.sort((a, b) => a - b);
    all.push(...samples);
    console.log(`${name.padEnd(26)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`${'all cases'.padEnd(26)} p50 ${percentile(all, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(all, 95).toFixed(1).padStart(7)} ms`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
