'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/accounts/queries';
import { notePrimaryWrite } from '@/lib/db-read';
import { formAction, parseForm, readForm, refuse, reply } from '@/lib/forms/action';
import type { Submission } from '@conform-to/zod/v4';
import { removeCompanyLogo, setCompanyLogo } from './logo.server';
import { updateCompanyProfile, type CompanyOutcome } from './member.server';
import { CompanyProfileSchema } from './schemas';

// 'use server' entry points of the company profile (text fields, logo upload, logo removal): the session,
// then member.server.ts / logo.server.ts check that the caller owns the company and validate.

type Answerable = Submission<unknown, string[], unknown>;

async function afterChange() {
  await notePrimaryWrite();
  revalidatePath('/[locale]/employer', 'layout');
  revalidatePath('/[locale]/companies/[slug]', 'page');
}

/** A refusal of the core function as the form's answer: the slug under its field, the rest above the form. */
function refusal(submission: Answerable, outcome: Exclude<CompanyOutcome<unknown>, { ok: true }>) {
  if (outcome.error === 'invalid') return reply(submission, { fieldErrors: outcome.fieldErrors });
  if (outcome.error === 'slugTaken') return reply(submission, { fieldErrors: { slug: ['companyForm.refused.slugTaken'] } });
  return refuse(submission, `companyForm.refused.${outcome.error}`);
}

const companyIdOf = (formData: FormData) => String(formData.get('companyId') ?? '');

export const updateCompanyProfileAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = parseForm(formData, CompanyProfileSchema);
  if (submission.status !== 'success') return reply(submission);
  // The core function parses what was sent again: it is the one every caller goes through.
  const outcome = await updateCompanyProfile(user, companyIdOf(formData), submission.payload);
  if (!outcome.ok) return refusal(submission, outcome);
  await afterChange();
  return reply(submission, { notice: 'companyForm.done.saved' });
});

/** `logo`: the file (multipart); its bytes decide whether it is an image we take. */
export const uploadCompanyLogoAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = readForm(formData);
  const outcome = await setCompanyLogo(user, companyIdOf(formData), formData.get('logo'));
  if (!outcome.ok) return refusal(submission, outcome);
  await afterChange();
  return reply(submission, { notice: 'company.form.logo.uploaded', reset: true });
});

export const removeCompanyLogoAction = formAction(async (formData) => {
  const user = await requireUser();
  const submission = readForm(formData);
  const outcome = await removeCompanyLogo(user, companyIdOf(formData));
  if (!outcome.ok) return refusal(submission, outcome);
  await afterChange();
  return reply(submission, { notice: 'company.form.logo.removed' });
});
