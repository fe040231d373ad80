import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import { hashToken } from './tokens';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** Confirms the email behind a verification link; false for a malformed, unknown, used or expired token. */
export async function verifyEmailToken(token: string): Promise<boolean> {
  if (!Token.safeParse(token).success) return false;
  return db.$transaction(async (tx) => {
    const hash = hashToken(token);
    const row = await tx.verificationToken.findUnique({ where: { token: hash } });
    // Deleting and counting makes the link single-use even when it is opened twice at once.
    const { count } = await tx.verificationToken.deleteMany({ where: { token: hash } });
    if (!row || count === 0 || row.expires < new Date()) return false;
    const updated = await tx.user.updateMany({ where: { email: row.identifier, emailVerified: null }, data: { emailVerified: new Date() } });
    return updated.count > 0 || (await tx.user.count({ where: { email: row.identifier } })) > 0;
  });
}
