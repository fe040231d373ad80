'use server';

import { formAction as replyFormAction, parseForm, plainFormAction, readForm, reply, type FormReply } from '@/lib/forms/action';
import { cleanFormData } from '@/lib/forms/clean';
import { VacancyEditorSchema, type VacancyEditorInput } from './editor-schemas';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import {
  closeVacancy,
  createDraft,
  deleteDraft,
  duplicateVacancy,
  renewVacancy,
  submitVacancy,
  saveVacancyEdit,
  type Outcome,
} from './lifecycle.server';
import { notePrimaryWrite } from '@/lib/db-read';

// Thin 'use server' entry points: the session (requireUser), then lifecycle.server.ts does the
// ownership check, validation and the change; here we only revalidate and redirect.

/** The message key of a refusal; the editor's own ones live in its messages. */
const refusalKey = (error: string) => (error === 'stale' || error === 'notAutosaved' ? `editor.errors.${error}` : `lifecycle.refused.${error}`);

async function revalidate() {
  // The employer looks for the change next, possibly on a public page read from a replica (decision 022).
  await notePrimaryWrite();
  revalidatePath('/[locale]/employer', 'layout');
  revalidatePath('/[locale]/vacancies', 'layout');
  revalidatePath('/[locale]', 'page');
}

/** Where the saved vacancy stands, for the editor to continue from (its hidden fields). */
export type EditorSaved = { vacancyId: string; version: string };

type Saved = { ok: true; vacancyId: string; version: Date; revision: boolean } | Exclude<Outcome, { ok: true }>;

/** Creates or updates from the editor's fields, without submitting. */
async function saveFromEditor(user: Awaited<ReturnType<typeof requireUser>>, input: VacancyEditorInput, autosave = false): Promise<Saved> {
  const { intent: _intent, vacancyId, companyId, version, ...values } = input;
  if (vacancyId) {
    const updated = await saveVacancyEdit(user, vacancyId, values, undefined, { expectedVersion: version, autosave });
    return updated.ok ? { ok: true, vacancyId, version: updated.value.version, revision: updated.value.revision } : updated;
  }
  const created = await createDraft(user, companyId ?? user.companies[0]?.id ?? '', values);
  return created.ok ? { ok: true, vacancyId: created.value.id, version: created.value.version, revision: false } : created;
}

/**
 * The editor's form: "save draft" keeps whatever is filled in (only the title is required); "submit for review"
 * holds every field to the full rules (the schema answers with everything missing) and sends the vacancy on.
 */
export const saveVacancyAction = replyFormAction<EditorSaved>(async (formData): Promise<FormReply<EditorSaved>> => {
  const user = await requireUser();
  const submission = parseForm(formData, VacancyEditorSchema);
  if (submission.status !== 'success') return reply(submission);
  const saved = await saveFromEditor(user, submission.value);
  if (!saved.ok) {
    return saved.error === 'invalid'
      ? reply(submission, { fieldErrors: saved.fieldErrors, formError: 'editor.errors.fixFields' })
      : reply(submission, { formError: refusalKey(saved.error) });
  }
  const continueWith = { vacancyId: saved.vacancyId, version: saved.version.toISOString() };
  if (submission.value.intent === 'submit' && !saved.revision) {
    const submitted = await submitVacancy(user, saved.vacancyId);
    if (!submitted.ok) {
      await revalidate();
      // Saved, but not sent: the editor carries on with the saved draft.
      return submitted.error === 'invalid'
        ? reply(submission, { fieldErrors: submitted.fieldErrors, formError: 'editor.errors.fixFields', data: continueWith })
        : reply(submission, { formError: refusalKey(submitted.error), data: continueWith });
    }
  }
  await revalidate();
  return redirect({ href: `/employer/vacancies/${saved.vacancyId}`, locale: await getLocale() });
});

export type AutosaveResult =
  | { status: 'saved'; vacancyId: string; version: string; savedAt: string }
  | { status: 'invalid' | 'stale' | 'refused' };

/**
 * The editor's autosave (JavaScript only): saves a draft as it is, never submits, and refuses to overwrite a save
 * newer than the version the editor holds. Ads under review or published are not autosaved (their saves go to review).
 */
export async function autosaveVacancyAction(formData: unknown): Promise<AutosaveResult> {
  if (!(formData instanceof FormData)) return { status: 'refused' };
  const user = await requireUser();
  const clean = cleanFormData(formData);
  clean.set('intent', 'draft');
  const submission = parseForm(clean, VacancyEditorSchema);
  if (submission.status !== 'success') return { status: 'invalid' };
  const saved = await saveFromEditor(user, submission.value, true);
  if (!saved.ok) return { status: saved.error === 'invalid' ? 'invalid' : saved.error === 'stale' ? 'stale' : 'refused' };
  await notePrimaryWrite();
  revalidatePath('/[locale]/employer', 'layout');
  return { status: 'saved', vacancyId: saved.vacancyId, version: saved.version.toISOString(), savedAt: new Date().toISOString() };
}

/**
 * Status changes from the dashboard: `vacancyId` and `operation` fields; bulk forms send several ids.
 * `after-<operation>` names an employer page to go to after success (a deleted draft has no page of its own).
 */
export const changeVacancyStatusAction = replyFormAction(async (formData) => {
  const user = await requireUser();
  const submission = readForm(formData);
  const operation = String(formData.get('operation'));
  const ids = formData.getAll('vacancyId').map(String).slice(0, 200);
  const run = { submit: submitVacancy, close: closeVacancy, renew: renewVacancy, delete: deleteDraft }[operation];
  if (!run || !ids.length) return reply(submission, { formError: 'lifecycle.refused.unknownOperation' });
  // One after another: each is a short locked transaction, and one bulk action should not take every
  // connection of the pool from other people's requests.
  const outcomes = [];
  for (const id of ids) outcomes.push(await run(user, id));
  await revalidate();
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) return reply(submission, { formError: failed.error === 'invalid' ? 'vacancyForm.errors.fixFields' : `lifecycle.refused.${failed.error}` });
  const after = formData.get(`after-${operation}`);
  if (typeof after === 'string' && /^\/employer(\/[\w-]*)*$/.test(after)) return redirect({ href: after, locale: await getLocale() });
  return reply(submission, { notice: `lifecycle.done.${operation}` });
});

export const duplicateVacancyAction = plainFormAction(async (formData: FormData): Promise<void> => {
  const user = await requireUser();
  const outcome = await duplicateVacancy(user, String(formData.get('vacancyId') ?? ''));
  await revalidate();
  const locale = await getLocale();
  if (!outcome.ok) return redirect({ href: '/employer/vacancies', locale });
  return redirect({ href: `/employer/vacancies/${outcome.value.id}/edit`, locale });
});
