import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, nextRestart } from './restart-backoff';

const policy = { baseMs: 500, maxMs: 30_000, healthyAfterMs: 60_000 };

describe('nextRestart', () => {
  it('doubles the wait while a worker keeps crashing soon after its start, up to the ceiling', () => {
    let streak = 0;
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const next = nextRestart(streak, 1_000, policy);
      streak = next.streak;
      delays.push(next.delayMs);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(streak).toBe(9);
  });

  it('starts a new streak after a healthy run, so one crash a day is restarted at the base delay', () => {
    expect(nextRestart(7, 60_000, policy)).toEqual({ streak: 1, delayMs: 500 });
    expect(nextRestart(7, 59_999, policy)).toEqual({ streak: 8, delayMs: 30_000 });
  });

  it('never waits less than the base or more than the ceiling, and never overflows on long streaks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e9 }), (streak, uptime) => {
        const next = nextRestart(streak, uptime, DEFAULT_BACKOFF);
        expect(next.delayMs).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.baseMs);
        expect(next.delayMs).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs);
        expect(next.streak).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
