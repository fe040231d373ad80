// npm run board:backfill — fingerprints and contacts for the board-wide checks (lib/moderation/board) of every
// vacancy that went to review; run once after upgrading an existing database. Safe to run again.
import './load-env';
import pg from 'pg';
import { backfillBoard } from '../lib/moderation/board/backfill';
import { withDatabase } from './db/with-database';

withDatabase(async (url) => {
  const client = new pg.Client({ connectionString: url, application_name: 'chatshift-board-backfill' });
  await client.connect();
  try {
    const s = await backfillBoard(client, (done) => process.stdout.isTTY && process.stdout.write(`\r${done} vacancies…`));
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(`Backfilled ${s.vacancies} vacancies: ${s.fingerprints} fingerprints, ${s.contacts} contacts in ${(s.ms / 1000).toFixed(1)} s.`);
  } finally {
    await client.end();
  }
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
