// npm run jobs              the scheduled-job worker alone (run the app with JOBS=off when you do this)
// npm run jobs -- --once    every job once, now, then exit (prints what each did)
// DATABASE_URL, or the embedded server of `npm run dev` (started if it is not running).
import './load-env';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from './db/embedded';
import { applyMigrations } from './db/schema-engine';

async function main() {
  const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } });
  let stopDatabase = async () => {};
  if (!process.env.DATABASE_URL) {
    const server = await startEmbeddedPostgres();
    process.env.DATABASE_URL = server.url();
    stopDatabase = server.stop;
  }
  await applyMigrations(process.env.DATABASE_URL);
  // Imported after DATABASE_URL is settled: lib/env.ts reads the environment once, on import.
  const { runJobsOnce, startJobWorker } = await import('../lib/jobs/worker');

  if (values.once) {
    try {
      console.log(JSON.stringify(await runJobsOnce(), null, 2));
    } finally {
      await stopDatabase();
    }
    process.exit(0);
  }

  const worker = await startJobWorker(process.env.DATABASE_URL);
  console.log('▲ Job worker running (Ctrl-C stops it)');
  const shutdown = () => void worker.stop().then(stopDatabase).finally(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
