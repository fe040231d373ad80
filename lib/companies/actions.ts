'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/accounts/form-state';
import { requireUser } from '@/lib/accounts/queries';
import { sendMail } from '@/lib/mail/outbox.server';
import { invitationMail, mailLink } from '@/lib/mail/templates';
import type { MemberRole } from '@/lib/vocabularies';
import {
  acceptInvitation,
  changeMemberRole,
  inviteMember,
  leaveCompany,
  removeMember,
  updateCompanyProfile,
  type CompanyOutcome,
} from './member.server';
import { notePrimaryWrite } from '@/lib/db-read';

// 'use server' entry points for the company pages: session first, then member.server.ts checks the
// actor's role in the company and validates; results are FormState with message keys.


function toFormState(outcome: CompanyOutcome<unknown>, values?: Record<string, string>, done?: string): FormState {
  if (outcome.ok) return { ok: true, message: done };
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'companyForm.errors.fixFields', values };
  return { ok: false, formError: `companyForm.refused.${outcome.error}`, values };
}

const revalidate = () => revalidatePath('/[locale]/employer', 'layout');

export const updateCompanyProfileAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const input = textFields(formData);
  const outcome = await updateCompanyProfile(user, input.companyId ?? '', input);
  if (outcome.ok) {
    await notePrimaryWrite();
    revalidate();
    revalidatePath('/[locale]/companies/[slug]', 'page');
  }
  return toFormState(outcome, input, 'companyForm.done.saved');
});

export const inviteMemberAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const input = textFields(formData);
  const companyId = input.companyId ?? '';
  const outcome = await inviteMember(user, companyId, input);
  if (!outcome.ok) return toFormState(outcome, input);
  const locale = (await getLocale()) === 'en' ? 'en' : 'ru';
  const company = user.companies.find((c) => c.id === companyId)!;
  const link = mailLink(`/invitations/${outcome.value.token}`, locale);
  await sendMail(await invitationMail(outcome.value.email, user.name, company.name, link, locale));
  revalidate();
  return { ok: true, message: 'companyForm.done.invited' };
});

/** `operation`: remove | makeOwner | makeMember | leave; `companyId`, `userId`. */
export const changeMembershipAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const { companyId = '', userId = '', operation } = textFields(formData);
  const roles: Record<string, MemberRole> = { makeOwner: 'owner', makeMember: 'member' };
  const outcome =
    operation === 'remove' ? await removeMember(user, companyId, userId)
    : operation === 'leave' ? await leaveCompany(user, companyId)
    : roles[operation ?? ''] ? await changeMemberRole(user, companyId, userId, roles[operation!]!)
    : ({ ok: false, error: 'notFound' } as const);
  if (outcome.ok) revalidate();
  if (outcome.ok && operation === 'leave') return redirect({ href: '/employer', locale: await getLocale() });
  return toFormState(outcome, undefined, 'companyForm.done.membersChanged');
});

/** The signed-in user accepts an invitation addressed to their email; then goes to the dashboard. */
export const acceptInvitationAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const outcome = await acceptInvitation(user, String(formData.get('token') ?? ''));
  if (!outcome.ok) return toFormState(outcome);
  revalidate();
  return redirect({ href: '/employer', locale: await getLocale() });
});
