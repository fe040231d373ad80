import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { redirect } from '@/i18n/navigation';
import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { MemberRole, UserRole } from '@/lib/vocabularies';

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  companies: { id: string; name: string; slug: string; role: MemberRole }[];
};

/** The signed-in user, read fresh from the database (a blocked user or a deleted one is nobody). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || !sid) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, blockedAt: true, sessionsValidFrom: true,
      memberships: { select: { role: true, company: { select: { id: true, name: true, slug: true } } } },
      // Signed out (here or on "all devices") or expired: the cookie alone no longer counts.
      sessions: { where: { sessionToken: sid, expires: { gt: new Date() } }, select: { id: true } },
    },
  });
  if (!user || user.blockedAt || user.sessions.length === 0) return null;
  if (user.sessionsValidFrom && (session.signedInAt ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    companies: user.memberships.map((m) => ({ ...m.company, role: m.role })),
  };
});

/** Guard for private pages and actions: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const locale = await getLocale();
  return redirect({ href: returnTo ? { pathname: '/signin', query: { callbackUrl: returnTo } } : '/signin', locale });
}

/** Guard for admin pages and actions: anyone else sees a 404, not a hint that the page exists. */
export async function requireRole(role: UserRole, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== role) notFound();
  return user;
}

/** How many browsers the user is signed in on (the account page offers to end them all). */
export async function countActiveSessions(userId: string): Promise<number> {
  return db.session.count({ where: { userId, expires: { gt: new Date() } } });
}
