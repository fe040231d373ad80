// When a crashed worker process is started again: at once-ish after a long healthy run, then doubling while
// it keeps crashing soon after start, so a crash loop costs a few restarts a minute, not a spinning CPU.

export type BackoffPolicy = {
  /** Delay after the first crash of a streak. */
  baseMs: number;
  /** Ceiling of the doubling. */
  maxMs: number;
  /** A worker that lived this long was healthy: its next crash starts a new streak. */
  healthyAfterMs: number;
};

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 30_000, healthyAfterMs: 60_000 };

/** Crashes in a row (each soon after its start), then the wait before the next start. */
export function nextRestart(previousStreak: number, uptimeMs: number, policy: BackoffPolicy = DEFAULT_BACKOFF): { streak: number; delayMs: number } {
  const streak = uptimeMs >= policy.healthyAfterMs ? 1 : previousStreak + 1;
  return { streak, delayMs: Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(streak - 1, 30)) };
}
