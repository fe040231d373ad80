import 'server-only';
import { db } from '@/lib/db';

const DAY_MS = 86_400_000;
/** A sign-in address unused this long no longer lets its owner past the per-email guess limit. */
export const SIGN_IN_ADDRESS_DAYS = 365;

/**
 * Rows that only ever grow otherwise: expired rate-limit counters (an attack leaves thousands), ended
 * sessions, and sign-in addresses not seen for a year.
 */
export async function cleanUpExpiredRows(now = new Date()): Promise<Record<string, number>> {
  const [rateLimits, sessions, signInAddresses] = await db.$transaction([
    db.rateLimit.deleteMany({ where: { expire: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.signInAddress.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - SIGN_IN_ADDRESS_DAYS * DAY_MS) } } }),
  ]);
  return { rateLimits: rateLimits.count, sessions: sessions.count, signInAddresses: signInAddresses.count };
}
