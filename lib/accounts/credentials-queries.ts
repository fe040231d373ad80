import 'server-only';
import { db } from '@/lib/db';
import type { UserRole } from '@/lib/vocabularies';
import { verifyPassword } from './password';

export type AuthFailure = 'invalid' | 'unverified' | 'blocked';

// Checked against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$m0jT6CEzaqxkgUXyX5oT0Q$8OMYe3FS21OK41lU7ziQdAxGdH3ggiXONl7nI+9Y7BE';

/** Email + password check for the Credentials provider; says nothing about which part was wrong. */
export async function authenticate(email: string, password: string): Promise<{ id: string; name: string; email: string; role: UserRole } | AuthFailure> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, emailVerified: true, blockedAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) return 'invalid';
  if (user.blockedAt) return 'blocked';
  if (!user.emailVerified) return 'unverified';
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
