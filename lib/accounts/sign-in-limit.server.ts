import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { visitorHash } from './tokens';

// Limits on password guesses, checked inside the credentials check itself (lib/auth.ts authorize), so the
// sign-in form and Auth.js's own /api/auth/callback/credentials share them. Keyed so that an attacker
// cannot lock the owner out: the per-email limit gives way to an address the owner signed in from before.
// docs/decisions/012-client-address-and-our-server.md.

const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix, points, duration: WINDOW_SECONDS, clearExpiredByTimeout: false });
}

export const SIGN_IN_LIMITS = {
  /** One person mistyping from one place: strict. */
  pair: limiter('signin-pair', 5),
  /** Guesses at one account from anywhere: refuses unknown addresses only. */
  email: limiter('signin-email', 20),
  /** One address trying many accounts. */
  address: limiter('signin-ip', 40),
} as const;

export type SignInGate = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Seconds until the limit lets this key in again; 0 when this attempt is within it. */
async function spend(limit: RateLimiterPrisma, key: string): Promise<number> {
  try {
    await limit.consume(key);
    return 0;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}

const addressHash = (address: string) => visitorHash(env.AUTH_SECRET, 'sign-in-address', address);

async function isKnownAddress(email: string, address: string): Promise<boolean> {
  const known = await db.signInAddress.findFirst({ where: { addressHash: addressHash(address), user: { email } }, select: { userId: true } });
  return known !== null;
}

/**
 * Counts one password attempt before the password is checked (so parallel guesses cannot all slip in
 * before the count), and says whether it may go ahead.
 */
export async function admitSignInAttempt(email: string, address: string): Promise<SignInGate> {
  const [pair, perEmail, perAddress] = await Promise.all([
    spend(SIGN_IN_LIMITS.pair, `${email}|${address}`),
    spend(SIGN_IN_LIMITS.email, email),
    spend(SIGN_IN_LIMITS.address, address),
  ]);
  const wait = Math.max(pair, perAddress);
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  if (perEmail > 0 && !(await isKnownAddress(email, address))) return { ok: false, retryAfterSeconds: perEmail };
  return { ok: true };
}

/**
 * After a correct password: forget this pair's mistakes, give back the attempt to the per-email and
 * per-address counts (so only wrong guesses use them up), and remember the address as the owner's.
 */
export async function recordSignIn(userId: string, email: string, address: string): Promise<void> {
  const hash = addressHash(address);
  await Promise.all([
    SIGN_IN_LIMITS.pair.delete(`${email}|${address}`),
    SIGN_IN_LIMITS.email.reward(email, 1),
    SIGN_IN_LIMITS.address.reward(address, 1),
    db.signInAddress.upsert({
      where: { userId_addressHash: { userId, addressHash: hash } },
      create: { userId, addressHash: hash },
      update: { lastSeenAt: new Date() },
    }),
  ]);
}
