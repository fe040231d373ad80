import 'server-only';
import { cache } from 'react';
import { getCurrentUser, type CurrentUser } from '@/lib/accounts/queries';
import { getActiveCompany, type WorkspaceCompany } from '@/lib/companies/active-company-queries';

export type HeaderSession = { user: CurrentUser; activeCompany: WorkspaceCompany | null };

/** Who is signed in, for the header and footer; null for visitors (no cookie: no database read). */
export const getHeaderSession = cache(async (): Promise<HeaderSession | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  return { user, activeCompany: await getActiveCompany(user) };
});
