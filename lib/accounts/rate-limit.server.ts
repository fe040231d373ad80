import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { headers } from 'next/headers';
import { db } from '@/lib/db';
import { clientAddressFrom } from '@/lib/http/client-address';

// Counters live in PostgreSQL (rate_limits), so every app instance shares them.
function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix, points, duration: durationSeconds, clearExpiredByTimeout: false });
}

const LIMITS = {
  signUpIp: limiter('signup-ip', 10, 60 * 60),
  mailEmail: limiter('mail-email', 5, 60 * 60),
  mailIp: limiter('mail-ip', 20, 60 * 60),
  reportIp: limiter('report-ip', 10, 60 * 60),
  reportIpVacancy: limiter('report-ip-vacancy', 1, 24 * 60 * 60),
  // Generous enough for a person applying to many vacancies; caps confirmation mail sent to someone else's address.
  applyIp: limiter('apply-ip', 30, 60 * 60),
  applyEmail: limiter('apply-email', 10, 60 * 60),
  // Job alerts: confirmation and "my alerts" mail per address asked and per client address.
  alertEmail: limiter('alert-email', 5, 60 * 60),
  alertIp: limiter('alert-ip', 20, 60 * 60),
  // "Send me a link to my applications".
  applicationsLinkEmail: limiter('applications-link-email', 3, 60 * 60),
  applicationsLinkIp: limiter('applications-link-ip', 20, 60 * 60),
} as const;

export type LimitName = keyof typeof LIMITS;

/** The caller's address as our server decided it (lib/http/client-address.ts); never a client's claim. */
export async function clientIp(): Promise<string> {
  return clientAddressFrom(await headers());
}

/** Counts one attempt against each limit; false when any of them is exhausted. */
export async function withinLimits(checks: [LimitName, string][]): Promise<boolean> {
  try {
    for (const [name, subject] of checks) await LIMITS[name].consume(subject.toLowerCase());
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) return false;
    throw err;
  }
}
