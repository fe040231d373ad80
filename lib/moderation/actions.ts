'use server';

import type { Submission } from '@conform-to/zod/v4';
import { formAction, parseForm, readForm, reply } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { blockCompany, unblockCompany, warnCompany } from './company.server';
import { approveRevision, approveVacancy, rejectRevision, rejectVacancy } from './review.server';
import { ReasonSchema, RejectionSchema } from './review-schemas';
import { askFirst } from './confirm.server';
import { getCompanyBlockConsequences, getUserBlockConsequences, type Confirmation, type ConfirmState } from './consequences-queries';
import { blockUser, unblockUser } from './user.server';
import { unverifyCompany, verifyCompany } from './verification.server';
import { notePrimaryWrite } from '@/lib/db-read';

// 'use server' entry points of the admin pages: the session and role first (requireRole), then the
// core functions check the actor again and do the work; results are form replies (lib/forms) with message
// keys under `moderation.*`.

type Outcome = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };


function replyTo(submission: Submission<unknown>, outcome: Outcome, done: string) {
  if (outcome.ok) return reply(submission, { notice: `moderation.done.${done}`, reset: true });
  if (outcome.error === 'invalid' && outcome.fieldErrors) return reply(submission, { fieldErrors: outcome.fieldErrors });
  return reply(submission, { formError: `moderation.errors.${outcome.error}` });
}

// Decisions and sanctions change what the public pages show (catalogue, vacancy and company pages).
const revalidateSite = async () => {
  // The admin checks the public pages next, possibly read from a replica (decision 022).
  await notePrimaryWrite();
  revalidatePath('/[locale]', 'layout');
};

/** Fields: vacancyId, kind (new | edit), decision (approve | reject), version, and preset + note to reject. */
export const decideReviewAction = formAction(async (formData) => {
  const user = await requireRole('admin');
  const input = textFields(formData);
  const submission = readForm(formData);
  const { vacancyId = '', kind, decision, version } = input;
  const options = { seen: version || undefined, acknowledged: input.acknowledged };
  const reason = { preset: input.preset, note: input.note };
  // "Show what the employer will read" (the no-JavaScript preview step): check the fields, decide nothing.
  if (decision === 'reject' && input.intent === 'preview') {
    const checked = parseForm(formData, RejectionSchema);
    return { ...reply(checked), status: checked.status === 'success' ? undefined : 'error' };
  }
  const outcome =
    kind === 'new' && decision === 'approve' ? await approveVacancy(user, vacancyId, options)
    : kind === 'new' && decision === 'reject' ? await rejectVacancy(user, vacancyId, reason, options)
    : kind === 'edit' && decision === 'approve' ? await approveRevision(user, vacancyId, options)
    : kind === 'edit' && decision === 'reject' ? await rejectRevision(user, vacancyId, reason, options)
    : ({ ok: false, error: 'unknown' } as const);
  if (!outcome.ok) {
    // A revision that no longer validates cannot be approved; say so rather than list editor fields.
    if (outcome.error === 'invalid' && decision === 'approve') {
      const acknowledged = outcome.fieldErrors?.acknowledged;
      return acknowledged ? reply(submission, { fieldErrors: { acknowledged } }) : reply(submission, { formError: 'moderation.errors.invalidRevision' });
    }
    return replyTo(submission, outcome, '');
  }
  await revalidateSite();
  const done = kind === 'new' ? (decision === 'approve' ? 'approved' : 'rejected') : decision === 'approve' ? 'revisionApproved' : 'revisionRejected';
  return redirect({ href: { pathname: '/admin/moderation', query: { done } }, locale: await getLocale() });
});

/** Fields: companyId, operation (verify | unverify | warn | block | unblock), reason for warn and block. */
export const companyModerationAction = formAction<{ confirm: Confirmation }>(async (formData): Promise<ConfirmState> => {
  const user = await requireRole('admin');
  const input = textFields(formData);
  const submission = readForm(formData);
  const { companyId = '', operation = '' } = input;
  let outcome: Outcome;
  if (operation === 'warn' || operation === 'block') {
    // Checked here too, so the form shows this page's messages for a missing or overlong reason.
    const parsed = parseForm(formData, ReasonSchema);
    if (parsed.status !== 'success') return reply(parsed);
    // Blocking asks first, with what it will do (lib/moderation/confirm.server.ts).
    const asked = operation === 'block' ? await askFirst(submission, () => getCompanyBlockConsequences(user, companyId), 'moderation.errors.notFound') : null;
    if (asked) return asked;
    outcome = operation === 'warn' ? await warnCompany(user, companyId, parsed.value.reason) : await blockCompany(user, companyId, parsed.value.reason);
  } else if (operation === 'verify') outcome = await verifyCompany(user, companyId);
  else if (operation === 'unverify') outcome = await unverifyCompany(user, companyId);
  else if (operation === 'unblock') outcome = await unblockCompany(user, companyId);
  else outcome = { ok: false, error: 'unknown' };
  if (outcome.ok) await revalidateSite();
  const done = { verify: 'verified', unverify: 'unverified', warn: 'warned', block: 'blocked', unblock: 'unblocked' }[operation] ?? '';
  return replyTo(submission, outcome, done);
});

/** Fields: userId, operation (block | unblock), reason to block. */
export const userAccessAction = formAction<{ confirm: Confirmation }>(async (formData): Promise<ConfirmState> => {
  const user = await requireRole('admin');
  const input = textFields(formData);
  const submission = readForm(formData);
  const { userId = '', operation } = input;
  if (operation === 'block') {
    const parsed = parseForm(formData, ReasonSchema);
    if (parsed.status !== 'success') return reply(parsed);
    if (userId === user.id) return replyTo(submission, { ok: false, error: 'cannotBlockSelf' }, '');
    const asked = await askFirst(submission, () => getUserBlockConsequences(user, userId), 'moderation.errors.notFound');
    if (asked) return asked;
  }
  const outcome: Outcome =
    operation === 'block' ? await blockUser(user, userId, input)
    : operation === 'unblock' ? await unblockUser(user, userId)
    : { ok: false, error: 'unknown' };
  if (outcome.ok) revalidatePath('/[locale]/admin', 'layout');
  return replyTo(submission, outcome, operation === 'block' ? 'userBlocked' : 'userUnblocked');
});


