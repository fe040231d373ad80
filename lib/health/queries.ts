import 'server-only';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { noteDatabaseError } from './unavailable';

export type DatabaseHealth = { up: true; latencyMs: number } | { up: false; error: string };

/** Answers within `timeoutMs` even when the server hangs, so the health check never hangs with it. */
export async function getDatabaseHealth(
  { client = db, timeoutMs = 2_000 }: { client?: Pick<PrismaClient, '$queryRaw'>; timeoutMs?: number } = {},
): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        // ETIMEDOUT: a server that hangs is as unavailable as one that refuses (lib/health/unavailable.ts).
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
      }),
    ]);
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    noteDatabaseError(err);
    return { up: false, error: err instanceof Error ? err.message.split('\n')[0]! : 'unknown error' };
  } finally {
    clearTimeout(timer);
  }
}
