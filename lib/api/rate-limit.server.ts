import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { API_RATE_LIMIT } from './schemas';

// The open API's per-address budget. Counters live in rate_limits, as the accounts' limits do
// (lib/accounts/rate-limit.server.ts), so every app instance shares them.

const limiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: 'rateLimit',
  keyPrefix: 'api-v1',
  points: API_RATE_LIMIT.points,
  duration: API_RATE_LIMIT.windowSeconds,
  clearExpiredByTimeout: false,
});

export type RateLimitState = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts over. */
  resetSeconds: number;
};

function toState(allowed: boolean, res: RateLimiterRes | null): RateLimitState {
  return {
    allowed,
    limit: API_RATE_LIMIT.points,
    remaining: res ? Math.max(0, res.remainingPoints) : API_RATE_LIMIT.points,
    resetSeconds: res ? Math.max(0, Math.ceil(res.msBeforeNext / 1000)) : API_RATE_LIMIT.windowSeconds,
  };
}

/** Counts one request from `address` (lib/http/client-address.ts); `allowed` is false once the budget is spent. */
export async function consumeApiRequest(address: string): Promise<RateLimitState> {
  try {
    return toState(true, await limiter.consume(address));
  } catch (err) {
    if (err instanceof RateLimiterRes) return toState(false, err);
    throw err;
  }
}

/** The budget as it stands, without spending any (CORS preflights). */
export async function peekApiRequests(address: string): Promise<RateLimitState> {
  const res = await limiter.get(address);
  return toState(res === null || res.remainingPoints > 0, res);
}
