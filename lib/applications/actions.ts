'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/accounts/form-state';
import { requireUser } from '@/lib/accounts/queries';
import { addApplicationNote, changeApplicationStatus, updateNoticePreference, type PipelineOutcome } from './pipeline.server';

// Thin 'use server' entry points for the employer's applications pages: the session (requireUser, which
// redirects the anonymous to sign-in), then pipeline.server.ts checks ownership, validates and changes.


function toFormState(outcome: PipelineOutcome<unknown>, values: Record<string, string>, done: string): FormState {
  if (outcome.ok) return { ok: true, message: done };
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'applications.errors.fixFields', values };
  return { ok: false, formError: `applications.refused.${outcome.error}`, values };
}

// The list and every application page; the vacancy page's count only changes with new applications.
const revalidate = () => revalidatePath('/[locale]/employer/applications', 'layout');

/** Fields: applicationId, status, sendMail (checkbox), message. */
export const changeApplicationStatusAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const input = textFields(formData);
  const outcome = await changeApplicationStatus(user, input.applicationId ?? '', input);
  if (outcome.ok) revalidate();
  const done = outcome.ok && outcome.value.mailed ? 'applications.done.statusMailed' : 'applications.done.status';
  return toFormState(outcome, input, done);
});

/** Fields: applicationId, body. */
export const addApplicationNoteAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const input = textFields(formData);
  const outcome = await addApplicationNote(user, input.applicationId ?? '', input);
  if (outcome.ok) revalidate();
  return toFormState(outcome, input, 'applications.done.note');
});

/** Field: mode (immediate | daily). */
export const updateNoticePreferenceAction = formAction(async (formData: FormData): Promise<FormState> => {
  const user = await requireUser();
  const input = textFields(formData);
  const outcome = await updateNoticePreference(user, input);
  if (outcome.ok) revalidatePath('/[locale]/employer/applications', 'page');
  return toFormState(outcome, input, 'applications.done.notices');
});
