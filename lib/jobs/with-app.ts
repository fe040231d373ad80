import 'server-only';
import { env } from '@/lib/env';
import { startJobWorker } from './worker';

/** Starts the worker inside the app server unless JOBS=off; a failure to start never takes the app down. */
export async function startJobsWithApp(): Promise<void> {
  if (env.JOBS === 'off' || !env.DATABASE_URL) return;
  try {
    const worker = await startJobWorker(env.DATABASE_URL);
    console.info('[jobs] worker started with the app (JOBS=off to run it separately with `npm run jobs`)');
    process.once('SIGTERM', () => void worker.stop());
  } catch (err) {
    console.error('[jobs] worker did not start:', err instanceof Error ? err.message : err);
  }
}
