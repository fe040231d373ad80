'use server';

import { formAction, parseJsonField, plainFormAction } from '@/lib/forms/form-action';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/accounts/form-state';
import { requireUser } from '@/lib/accounts/queries';
import {
  closeVacancy,
  createDraft,
  deleteDraft,
  duplicateVacancy,
  renewVacancy,
  submitVacancy,
  updateVacancy,
  type Outcome,
} from './lifecycle.server';
import { notePrimaryWrite } from '@/lib/db-read';

// Thin 'use server' entry points: the session (requireUser), then lifecycle.server.ts does the
// ownership check, validation and the change; here we only revalidate and redirect.

/** The editor posts its fields as JSON in one hidden `payload` field (nested rows: slots, languages). */
function payload(formData: FormData): unknown {
  return parseJsonField(formData.get('payload'));
}

function toFormState<T>(outcome: Outcome<T>): FormState {
  if (outcome.ok) return { ok: true };
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'vacancyForm.errors.fixFields' };
  return { ok: false, formError: `lifecycle.refused.${outcome.error}` };
}

async function revalidate() {
  // The employer looks for the change next, possibly on a public page read from a replica (decision 022).
  await notePrimaryWrite();
  revalidatePath('/[locale]/employer', 'layout');
  revalidatePath('/[locale]/vacancies', 'layout');
  revalidatePath('/[locale]', 'page');
}

export const createVacancyAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const companyId = String(formData.get('companyId') ?? user.companies[0]?.id ?? '');
  const outcome = await createDraft(user, companyId, payload(formData));
  if (!outcome.ok) return toFormState(outcome);
  await revalidate();
  const submit = formData.get('intent') === 'submit';
  if (submit) {
    const submitted = await submitVacancy(user, outcome.value.id);
    if (!submitted.ok) return toFormState(submitted);
  }
  return redirect({ href: `/employer/vacancies/${outcome.value.id}`, locale: await getLocale() });
});

export const updateVacancyAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const id = String(formData.get('vacancyId') ?? '');
  const outcome = await updateVacancy(user, id, payload(formData));
  if (!outcome.ok) return toFormState(outcome);
  if (formData.get('intent') === 'submit' && !outcome.value.revision) {
    const submitted = await submitVacancy(user, id);
    if (!submitted.ok) return toFormState(submitted);
  }
  await revalidate();
  return redirect({ href: `/employer/vacancies/${id}`, locale: await getLocale() });
});

/** Status changes from the dashboard: `vacancyId` and `operation` fields; bulk forms send several ids. */
export const changeVacancyStatusAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const operation = String(formData.get('operation'));
  const ids = formData.getAll('vacancyId').map(String).slice(0, 200);
  const run = { submit: submitVacancy, close: closeVacancy, renew: renewVacancy, delete: deleteDraft }[operation];
  if (!run || !ids.length) return { ok: false, formError: 'lifecycle.refused.unknownOperation' };
  // One after another: each is a short locked transaction, and one bulk action should not take every
  // connection of the pool from other people's requests.
  const outcomes = [];
  for (const id of ids) outcomes.push(await run(user, id));
  await revalidate();
  const failed = outcomes.find((o) => !o.ok);
  return failed ? toFormState(failed) : { ok: true, message: `lifecycle.done.${operation}` };
});

export const duplicateVacancyAction = plainFormAction(async (formData: FormData): Promise<void> => {
  const user = await requireUser();
  const outcome = await duplicateVacancy(user, String(formData.get('vacancyId') ?? ''));
  await revalidate();
  const locale = await getLocale();
  if (!outcome.ok) return redirect({ href: '/employer', locale });
  return redirect({ href: `/employer/vacancies/${outcome.value.id}/edit`, locale });
});
