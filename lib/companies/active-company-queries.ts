import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import type { CurrentUser } from '@/lib/accounts/queries';
import { ACTIVE_COMPANY_COOKIE, pickActiveCompany } from './active-company';

export type WorkspaceCompany = CurrentUser['companies'][number];

/**
 * The company the signed-in person is working in: the one they switched to (a cookie), when they are still its
 * member, else their first. Memberships come fresh from the database with the user, so a stale or forged
 * cookie never widens what they see.
 */
export const getActiveCompany = cache(async (user: Pick<CurrentUser, 'companies'>): Promise<WorkspaceCompany | null> => {
  const wanted = (await cookies()).get(ACTIVE_COMPANY_COOKIE)?.value;
  return pickActiveCompany(user.companies, wanted);
});

/**
 * The user narrowed to the active company, for the queries that take an actor and read "the actor's companies":
 * the workspace pages show one company at a time. Membership checks stay the queries' own.
 */
export async function getWorkspaceActor<U extends CurrentUser>(user: U): Promise<U & { activeCompany: WorkspaceCompany | null }> {
  const active = await getActiveCompany(user);
  return { ...user, companies: active ? [active] : [], activeCompany: active };
}
