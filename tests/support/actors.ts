import type { CurrentUser } from '@/lib/accounts/queries';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * A user as the core functions take them (what getCurrentUser returns), read by email: serves as an
 * employer's Actor, an AdminActor and a CurrentUser alike.
 */
export async function actorFor(db: PrismaClient, email: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true, name: true, email: true, role: true,
      memberships: { select: { role: true, company: { select: { id: true, name: true, slug: true } } } },
    },
  });
  return { id: u.id, name: u.name, email: u.email, role: u.role, companies: u.memberships.map((m) => ({ ...m.company, role: m.role })) };
}
