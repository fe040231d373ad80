'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/accounts/queries';
import { formAction as replyAction, parseForm, readForm, refuse, reply, replyOutcome, type FormReply } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import {
  addApplicationNote,
  changeApplicationStatus,
  changeApplicationStatuses,
  moveApplication,
  updateNoticePreference,
  type BulkReport,
  type PipelineRefusal,
} from './pipeline.server';
import { BoardMoveFormSchema, BulkStatusChangeSchema, NoteFormSchema, NoticePreferenceSchema } from './pipeline-schemas';
import type { ApplicationStatus } from '@/lib/vocabularies';

// Thin 'use server' entry points for the employer's applications pages, on the form layer (lib/forms): the
// session (requireUser, which redirects the anonymous to sign-in), then pipeline.server.ts checks ownership,
// validates and changes; the answer is the form's reply (field errors, values kept, a notice).

// The list and every application page; the vacancy page's count only changes with new applications.
const revalidate = () => revalidatePath('/[locale]/employer/applications', 'layout');
const KEYS = { fixFields: 'applications.errors.fixFields', refused: 'applications.refused' } as const;

/** Fields: applicationId, status, sendMail (checkbox), message. */
export const changeApplicationStatusAction = replyAction(async (formData): Promise<FormReply> => {
  const user = await requireUser();
  const submission = readForm(formData);
  const input = textFields(formData);
  const outcome = await changeApplicationStatus(user, input.applicationId ?? '', input);
  if (outcome.ok) revalidate();
  const notice = outcome.ok && outcome.value.mailed ? 'applications.done.statusMailed' : 'applications.done.status';
  return replyOutcome(submission, outcome, { ...KEYS, notice, reset: true });
});

/** Fields: applicationId, body. */
export const addApplicationNoteAction = replyAction(async (formData): Promise<FormReply> => {
  const user = await requireUser();
  const submission = parseForm(formData, NoteFormSchema);
  if (submission.status !== 'success') return reply(submission);
  const outcome = await addApplicationNote(user, submission.value.applicationId, submission.value);
  if (outcome.ok) revalidate();
  // A saved note empties the field for the next one.
  return replyOutcome(submission, outcome, { ...KEYS, notice: 'applications.done.note', reset: true });
});

/** Field: mode (immediate | daily). */
export const updateNoticePreferenceAction = replyAction(async (formData): Promise<FormReply> => {
  const user = await requireUser();
  const submission = parseForm(formData, NoticePreferenceSchema);
  if (submission.status !== 'success') return reply(submission);
  const outcome = await updateNoticePreference(user, submission.value);
  if (outcome.ok) revalidatePath('/[locale]/employer/applications', 'page');
  return replyOutcome(submission, outcome, { ...KEYS, notice: 'applications.done.notices' });
});

export type BoardMoved = { id: string; name: string | null; status: ApplicationStatus; mailed: boolean };

/** A move on the board. Fields: applicationId, status, sendMail (checkbox: the standard letter on invite or reject). */
export const moveApplicationAction = replyAction<BoardMoved>(async (formData): Promise<FormReply<BoardMoved>> => {
  const user = await requireUser();
  const submission = parseForm(formData, BoardMoveFormSchema);
  if (submission.status !== 'success') return reply(submission);
  const { applicationId, ...move } = submission.value;
  const outcome = await moveApplication(user, applicationId, move);
  if (!outcome.ok) return outcome.error === 'invalid' ? reply(submission, { fieldErrors: outcome.fieldErrors }) : refuse(submission, refusal(outcome.error));
  revalidate();
  const { name, status, mailed } = outcome.value;
  return reply(submission, { notice: mailed ? 'applications.board.movedMailed' : 'applications.board.moved', data: { id: applicationId, name, status, mailed } });
});

/** The list's bulk change. Fields: ids (repeated: the ticked rows), status, sendMail. */
export const changeApplicationStatusesAction = replyAction<BulkReport>(async (formData): Promise<FormReply<BulkReport>> => {
  const user = await requireUser();
  const submission = parseForm(formData, BulkStatusChangeSchema);
  if (submission.status !== 'success') return reply(submission);
  const outcome = await changeApplicationStatuses(user, submission.value);
  if (!outcome.ok) return outcome.error === 'invalid' ? reply(submission, { fieldErrors: outcome.fieldErrors }) : refuse(submission, refusal(outcome.error));
  if (outcome.value.moved.length) revalidate();
  // The ticks are cleared once the moves are done: the rows they stood for have changed.
  return reply(submission, { data: outcome.value, reset: true });
});

const refusal = (error: PipelineRefusal) => `applications.refused.${error}`;
