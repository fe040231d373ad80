// npm run bench:search [-- --runs 5]
// What reading a query costs on DATABASE_URL (seed it first, e.g. `npm run db:seed -- --vacancies 100000`):
// per group of tests/search/relevance-queries.ts, the p50/p95 of the correction lookup alone and of the
// whole catalogue search (correction, facets, page), plus one rebuild of search_terms.
import '../load-env';
import { parseArgs } from 'node:util';
import { percentile } from './stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs) || 5);
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a seeded database (npm run db:seed -- --vacancies 100000).');
  process.exit(2);
}

const { db } = await import('@/lib/db');
const { correctQuery } = await import('@/lib/search/correct-queries');
const { refreshSearchTerms } = await import('@/lib/search/terms.server');
const { searchVacancies } = await import('@/lib/vacancies/catalogue-queries');
const { parseCatalogueParams } = await import('@/lib/vacancies/search-params');
const { RELEVANCE_QUERIES } = await import('../../tests/search/relevance-queries');

const quantile = (xs: number[], p: number) => percentile([...xs].sort((a, b) => a - b), p);
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
async function time<T>(task: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

const open = await db.vacancy.count({ where: { status: 'published', expiresAt: { gt: new Date() } } });
const refresh = await refreshSearchTerms();
console.log(`Open vacancies: ${open}. search_terms rebuilt in ${refresh.ms} ms (${refresh.words} words, ${refresh.titles} titles, ${refresh.companies} companies, ${refresh.vocabulary} vocabulary values).`);
console.log(`${RUNS} runs per query after one warm-up.\n`);
console.log('group        queries   correction p50      p95   search p50         p95');
const all = { correct: [] as number[], search: [] as number[] };
for (const group of [...new Set(RELEVANCE_QUERIES.map((q) => q.group))]) {
  const correct: number[] = [];
  const search: number[] = [];
  const queries = RELEVANCE_QUERIES.filter((q) => q.group === group);
  for (const query of queries) {
    const { filters } = parseCatalogueParams({ q: query.q });
    await searchVacancies(filters, new Date(), { locale: query.locale ?? 'ru' });
    for (let i = 0; i < RUNS; i++) {
      correct.push(await time(() => correctQuery(query.q)));
      search.push(await time(() => searchVacancies(filters, new Date(), { locale: query.locale ?? 'ru' })));
    }
  }
  all.correct.push(...correct);
  all.search.push(...search);
  console.log(`${group.padEnd(12)} ${String(queries.length).padStart(7)} ${ms(quantile(correct, 50))} ${ms(quantile(correct, 95))} ${ms(quantile(search, 50))} ${ms(quantile(search, 95))}`);
}
console.log(`${'all'.padEnd(12)} ${String(RELEVANCE_QUERIES.length).padStart(7)} ${ms(quantile(all.correct, 50))} ${ms(quantile(all.correct, 95))} ${ms(quantile(all.search, 50))} ${ms(quantile(all.search, 95))}`);
await db.$disconnect();
