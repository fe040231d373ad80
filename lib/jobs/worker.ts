import 'server-only';
import PgBoss from 'pg-boss';
import { readOnPrimary } from '@/lib/db-read';
import { JOB_TIME_ZONE, JOBS, type JobDefinition } from './definitions';

// The scheduled-job worker on pg-boss (docs/decisions/010-scheduled-jobs.md). pg-boss keeps its tables in
// the `pgboss` schema of the app's database; each cron fires once per slot however many workers run, and
// the tasks themselves are idempotent, so a second worker is harmless.

type Log = Pick<Console, 'info' | 'error'>;

/** Two workers starting together can deadlock creating the same queue partition; the loser tries again. */
async function retryOnConflict<T>(step: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= attempts || (code !== '40P01' && code !== '23505' && code !== '42P07')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

export type JobWorker = { boss: PgBoss; stop: () => Promise<void> };

export async function startJobWorker(connectionString: string, options: { log?: Log; jobs?: readonly JobDefinition[] } = {}): Promise<JobWorker> {
  const log = options.log ?? console;
  const jobs = options.jobs ?? JOBS;
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 2, application_name: 'chatshift-jobs' });
  boss.on('error', (err) => log.error('[jobs]', err instanceof Error ? err.message : err));
  await boss.start();
  for (const job of jobs) {
    // 'singleton': at most one run of a job is active at a time; retries after a crash.
    await retryOnConflict(() => boss.createQueue(job.name, { name: job.name, policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 15 * 60 }));
    await retryOnConflict(() => boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE }));
    await boss.work(job.name, async () => {
      const started = performance.now();
      // Jobs record how far they have looked (job alerts' coveredUntil): they read the primary (decision 022).
      const result = await readOnPrimary(() => job.run(new Date()));
      log.info(`[jobs] ${job.name} ${JSON.stringify(result)} in ${Math.round(performance.now() - started)} ms`);
      return result;
    });
  }
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

/** Runs every job once, now, in this process (`npm run jobs -- --once`); returns each one's result. */
export async function runJobsOnce(jobs: readonly JobDefinition[] = JOBS, now = new Date()) {
  const results: Record<string, Record<string, number>> = {};
  for (const job of jobs) results[job.name] = await readOnPrimary(() => job.run(now));
  return results;
}
