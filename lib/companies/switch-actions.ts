'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { env } from '@/lib/env';
import { plainFormAction } from '@/lib/forms/action';
import { ACTIVE_COMPANY_COOKIE, activeCompanyCookieOptions, chooseActiveCompany } from './active-company';

/**
 * The header's company switcher (a plain POST form, no JavaScript needed): only a company the person is a member
 * of becomes active; anything else changes nothing. Either way the workspace overview opens.
 */
export const switchCompanyAction = plainFormAction(async (formData: FormData): Promise<void> => {
  const user = await requireUser();
  const outcome = chooseActiveCompany(user, { companyId: formData.get('companyId') });
  if (outcome.ok) {
    (await cookies()).set(ACTIVE_COMPANY_COOKIE, outcome.companyId, activeCompanyCookieOptions(env.SITE_URL.startsWith('https:')));
    revalidatePath('/[locale]', 'layout');
  }
  redirect({ href: '/employer', locale: await getLocale() });
});
