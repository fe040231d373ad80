import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

// Server-side session rows behind the JWT cookie (docs/decisions/004-auth-js-v5.md): a session whose row
// is gone is void, so signing out ends it everywhere a copy of the cookie went.

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A new session row for a sign-in; its id travels inside the encrypted JWT as `sid`. */
export async function startSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(24).toString('base64url');
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return sessionToken;
}

export async function endSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** Every session of the user, and any older token without a row (sessionsValidFrom). */
export async function endAllSessions(userId: string): Promise<void> {
  await db.$transaction([
    db.session.deleteMany({ where: { userId } }),
    db.user.update({ where: { id: userId }, data: { sessionsValidFrom: new Date() } }),
  ]);
}
