// npm run eval:search [-- --verbose]   recall@10 and nDCG@10 of the catalogue search per query group and
// overall, on DATABASE_URL (or the embedded server) with the demo data (`npm run db:seed`).
import '../load-env';
import { parseArgs } from 'node:util';
import { withDatabase } from '../db/with-database';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const pct = (x: number) => x.toFixed(3);

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const { db } = await import('@/lib/db');
  const { searchTop } = await import('../../tests/search/search-top');
  const { evaluateSearch, loadJudgedVacancies } = await import('../../tests/search/evaluate');
  const report = await evaluateSearch(await loadJudgedVacancies(db), searchTop);
  if (values.verbose) {
    for (const q of report.queries) {
      console.log(`${q.group.padEnd(11)} ${q.q.padEnd(26)} relevant ${String(q.relevant).padStart(3)}  recall@10 ${pct(q.recall)}  nDCG@10 ${pct(q.ndcg)}`);
      if (q.recall < 1) console.log(`            top: ${q.top.slice(0, 5).join(' | ')}`);
    }
    console.log('');
  }
  console.log('group        queries  recall@10  nDCG@10');
  for (const g of report.groups) console.log(`${g.group.padEnd(12)} ${String(g.count).padStart(7)}  ${pct(g.recall).padStart(9)}  ${pct(g.ndcg).padStart(7)}`);
  console.log(`${'overall'.padEnd(12)} ${String(report.queries.length).padStart(7)}  ${pct(report.recall).padStart(9)}  ${pct(report.ndcg).padStart(7)}`);
  await db.$disconnect();
  return 0;
});
