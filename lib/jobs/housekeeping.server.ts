import 'server-only';
import { deleteUnconfirmedAlerts } from '@/lib/alerts/alert.server';
import { deleteOldDeliveries } from '@/lib/alerts/run.server';
import { db } from '@/lib/db';

const DAY_MS = 86_400_000;
/** A sign-in address unused this long no longer lets its owner past the per-email guess limit. */
export const SIGN_IN_ADDRESS_DAYS = 365;
/** Mail delivered (or given up on) this long ago leaves the outbox: it holds people's addresses. */
export const OUTBOX_DAYS = 90;

/**
 * Rows that only ever grow otherwise: expired rate-limit counters (an attack leaves thousands), ended
 * sessions, sign-in addresses not seen for a year, outbox mail delivered or given up 90 days ago, job alerts
 * never confirmed, and alert deliveries older than any alert looks back.
 */
export async function cleanUpExpiredRows(now = new Date()): Promise<Record<string, number>> {
  const outboxCutoff = new Date(now.getTime() - OUTBOX_DAYS * DAY_MS);
  const [rateLimits, sessions, signInAddresses, outboxMail] = await db.$transaction([
    db.rateLimit.deleteMany({ where: { expire: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.signInAddress.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - SIGN_IN_ADDRESS_DAYS * DAY_MS) } } }),
    db.outboxMail.deleteMany({ where: { OR: [{ sentAt: { lt: outboxCutoff } }, { failedAt: { lt: outboxCutoff } }] } }),
  ]);
  // Job alerts never confirmed within the link's 7 days are deleted with the address they hold.
  const unconfirmedAlerts = await deleteUnconfirmedAlerts(now);
  const alertDeliveries = await deleteOldDeliveries(now);
  return {
    rateLimits: rateLimits.count, sessions: sessions.count, signInAddresses: signInAddresses.count, outboxMail: outboxMail.count,
    unconfirmedAlerts, alertDeliveries,
  };
}
