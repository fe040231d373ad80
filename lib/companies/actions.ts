'use server';

import { formAction, parseForm, readForm, reply } from '@/lib/forms/action';
import type { Submission } from '@conform-to/zod/v4';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
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
  type CompanyOutcome,
} from './member.server';
import { MembershipChangeSchema } from './schemas';

// 'use server' entry points for the company pages: session first, then member.server.ts checks the
// actor's role in the company and validates; results are FormState with message keys.


/** A core outcome as the form's answer: field errors, or the refusal as a form error (values kept either way). */
function replyTo(submission: Submission<unknown>, outcome: CompanyOutcome<unknown>, done?: string) {
  if (outcome.ok) return reply(submission, { notice: done, reset: true });
  if (outcome.error === 'invalid') return reply(submission, { fieldErrors: outcome.fieldErrors, formError: 'companyForm.errors.fixFields' });
  return reply(submission, { formError: `companyForm.refused.${outcome.error}` });
}

const revalidate = () => revalidatePath('/[locale]/employer', 'layout');

// The profile's entry points (text fields, logo) are in profile-actions.ts.

export const inviteMemberAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = readForm(formData);
  const input = submission.payload;
  const companyId = typeof input.companyId === 'string' ? input.companyId : '';
  const outcome = await inviteMember(user, companyId, input);
  if (!outcome.ok) return replyTo(submission, outcome);
  const locale = (await getLocale()) === 'en' ? 'en' : 'ru';
  const company = user.companies.find((c) => c.id === companyId)!;
  const link = mailLink(`/invitations/${outcome.value.token}`, locale);
  await sendMail(await invitationMail(outcome.value.email, user.name, company.name, link, locale));
  revalidate();
  return reply(submission, { notice: 'companyForm.done.invited', reset: true });
});

/** `operation`: remove | makeOwner | makeMember | leave; `companyId`, `userId`. */
export const changeMembershipAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = parseForm(formData, MembershipChangeSchema);
  if (submission.status !== 'success') return reply(submission, { formError: 'companyForm.refused.notFound' });
  const { companyId, userId, operation } = submission.value;
  const roles: Record<string, MemberRole> = { makeOwner: 'owner', makeMember: 'member' };
  const outcome =
    operation === 'remove' ? await removeMember(user, companyId, userId)
    : operation === 'leave' ? await leaveCompany(user, companyId)
    : roles[operation] ? await changeMemberRole(user, companyId, userId, roles[operation]!)
    : ({ ok: false, error: 'notFound' } as const);
  if (outcome.ok) revalidate();
  if (outcome.ok && operation === 'leave') return redirect({ href: '/employer', locale: await getLocale() });
  return replyTo(submission, outcome, 'companyForm.done.membersChanged');
});

/** The signed-in user accepts an invitation addressed to their email; then goes to the dashboard. */
export const acceptInvitationAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = readForm(formData);
  const outcome = await acceptInvitation(user, typeof submission.payload.token === 'string' ? submission.payload.token : '');
  if (!outcome.ok) return replyTo(submission, outcome);
  revalidate();
  return redirect({ href: '/employer', locale: await getLocale() });
});
