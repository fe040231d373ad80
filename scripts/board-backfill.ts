// npm run board:backfill — fingerprints and contacts for the board-wide checks (lib/moderation/board) of every
// vacancy that went to review; run once after upgrading an existing database. Safe to run again.
import './load-env';
import pg from 'pg';
import { backfillBoard } from '../lib/moderation/board/backfill';
import { withDatabase } from './db/with-database';

withDatabase(async (url) => {
  const s = await backfillBoard(url, (done) => process.stdout.isTTY && process.stdout.write(`\r${done} vacancies…`));
  if (process.stdout.isTTY) process.stdout.write('\n');
  // Fresh statistics and no dead rows from the rewrite, so the checks' plans stay the index's.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM (ANALYZE) vacancy_fingerprints, vacancy_contacts').finally(() => client.end());
  console.log(`Backfilled ${s.vacancies} vacancies: ${s.fingerprints} fingerprints, ${s.contacts} contacts in ${(s.ms / 1000).toFixed(1)} s.`);
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
