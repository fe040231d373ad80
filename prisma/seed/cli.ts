// npm run db:seed [-- --vacancies 100000]   replaces all data with the demo set
import '../../scripts/load-env';
import { parseArgs } from 'node:util';
import { withDatabase } from '../../scripts/db/with-database';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { DEMO_ACCOUNTS, seedDemo } from './seed';

const { values } = parseArgs({ options: { vacancies: { type: 'string' } } });
const count = values.vacancies === undefined ? undefined : Number(values.vacancies);
if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 2_000_000)) {
  console.error('--vacancies takes a whole number from 1 to 2000000, e.g. --vacancies 100000');
  process.exit(2);
}

withDatabase(async (url) => {
  await applyMigrations(url);
  console.log(`Seeding ${count ?? 'the demo set of'} vacancies…`);
  const s = await seedDemo(url, { vacancies: count });
  console.log(
    `Seeded ${s.vacancies} vacancies (${s.published} published), ${s.companies} companies, ${s.applications} applications in ${(s.ms / 1000).toFixed(1)} s.`,
  );
  console.log('Demo accounts (demo only):');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
