// How many processes `npm start` serves with: WEB_CONCURRENCY, else one per available core
// (docs/decisions/021-every-core.md). Development is always one process.
import { availableParallelism } from 'node:os';
import { z } from 'zod';

export const MAX_WEB_CONCURRENCY = 64;

const WebConcurrency = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(MAX_WEB_CONCURRENCY, `must be at most ${MAX_WEB_CONCURRENCY}`));

export type Concurrency = { ok: true; workers: number } | { ok: false; message: string };

/** Unset or empty means one process per core; anything else must be a whole number from 1 to 64. */
export function parseWebConcurrency(value: string | undefined, cores = availableParallelism()): Concurrency {
  if (value === undefined || value.trim() === '') return { ok: true, workers: Math.min(Math.max(1, cores), MAX_WEB_CONCURRENCY) };
  const parsed = WebConcurrency.safeParse(value);
  if (parsed.success) return { ok: true, workers: parsed.data };
  return { ok: false, message: `WEB_CONCURRENCY ${parsed.error.issues[0]?.message ?? 'is invalid'} (1–${MAX_WEB_CONCURRENCY}, or unset for one per core), got "${value}".` };
}

// lib/db-client.ts gives each process a pool of 10; the first process's job worker (lib/jobs/worker.ts) adds 2.
const POOL_PER_PROCESS = 10;
const JOB_WORKER_POOL = 2;

/** Most connections `workers` processes open at once: every pool full, plus the job worker's. */
export function connectionsNeeded(workers: number): number {
  return workers * POOL_PER_PROCESS + JOB_WORKER_POOL;
}
