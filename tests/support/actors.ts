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

/** A company of its own with one owner, so a test's counts and mail are not shared with other files; names carry `tag`. */
export async function createEmployer(db: PrismaClient, tag: string) {
  const user = await db.user.create({ data: { email: `owner-${tag}@test.example`, name: `Owner ${tag}` }, select: { email: true } });
  await db.company.create({
    data: { name: `Company ${tag}`, slug: `company-${tag}`, members: { create: { user: { connect: { email: user.email } }, role: 'owner' } } },
  });
  return actorFor(db, user.email);
}

/** Removes what createEmployer made (vacancies go with the company). */
export async function deleteEmployer(db: PrismaClient, tag: string) {
  await db.company.deleteMany({ where: { slug: `company-${tag}` } });
  await db.user.deleteMany({ where: { email: `owner-${tag}@test.example` } });
}
