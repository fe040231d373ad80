// npm run jobs              the scheduled-job worker alone (run the app with JOBS=off when you do this)
// npm run jobs -- --once    every job once, now, then exit (prints what each did)
// npm run jobs -- --once --job job-alerts   one job once (the e2e specs run the alert job this way)
// DATABASE_URL, or the embedded server of `npm run dev` (started if it is not running).
import './load-env';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from './db/embedded';
import { applyMigrations } from './db/schema-engine';

async function main() {
  const { values } = parseArgs({ options: { once: { type: 'boolean', default: false }, job: { type: 'string', multiple: true } } });
  let stopDatabase = async () => {};
  if (!process.env.DATABASE_URL) {
    const server = await startEmbeddedPostgres();
    process.env.DATABASE_URL = server.url();
    stopDatabase = server.stop;
  }
  await applyMigrations(process.env.DATABASE_URL);
  // Imported after DATABASE_URL is settled: lib/env.ts reads the environment once, on import.
  const { runJobsOnce, startJobWorker } = await import('../lib/jobs/worker');
  const { JOBS } = await import('../lib/jobs/definitions');

  if (values.once) {
    const unknown = (values.job ?? []).filter((name) => !JOBS.some((j) => j.name === name));
    if (unknown.length) throw new Error(`Unknown job(s): ${unknown.join(', ')}. Jobs: ${JOBS.map((j) => j.name).join(', ')}.`);
    const chosen = values.job?.length ? JOBS.filter((j) => values.job!.includes(j.name)) : JOBS;
    try {
      console.log(JSON.stringify(await runJobsOnce(chosen), null, 2));
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
