import type { Submission } from '@conform-to/zod/v4';
import { cleanFormData } from './clean';
import { readForm } from './parse';
import { malformedReply, type FormActionFn, type FormReply } from './reply';

export { parseForm, readForm } from './parse';
export { FORM_ERRORS, type FormActionFn, type FormReply } from './reply';

/**
 * Every server action that takes a form goes through formAction: the framework lets anyone call an action
 * with any arguments (`0=[null,null]`, `[]`, `[1,2]`), so the shape is checked here, once, and NUL bytes are
 * stripped before the handler reads a field (decision 014). A call that is not a form gets a message.
 */
export function formAction<Data = unknown>(handler: (formData: FormData) => Promise<FormReply<Data>>): FormActionFn<Data> {
  return async (_previous: unknown, formData: unknown) => {
    if (!(formData instanceof FormData)) return malformedReply() as FormReply<Data>;
    const clean = cleanFormData(formData);
    // A Conform intent (validate a field, add or remove a list row) is never the operation itself: it is
    // answered with the form as sent, the intent applied, and the handler does not run. Otherwise a
    // "validate" sent while a box is ticked would approve, delete or send whatever the form does.
    if (carriesIntent(clean)) return reply(readForm(clean)) as FormReply<Data>;
    return handler(clean);
  };
}

/** True when the form carries a well-formed Conform intent (a malformed one is dropped by parseForm). */
function carriesIntent(formData: FormData): boolean {
  const intent = formData.get('__intent__');
  if (typeof intent !== 'string') return false;
  try {
    const control: unknown = JSON.parse(intent);
    return typeof control === 'object' && control !== null && typeof (control as { type?: unknown }).type === 'string';
  } catch {
    return false;
  }
}

/** A plain `<form action>` action (no result shown), safe to call with anything: malformed calls do nothing. */
export function plainFormAction(handler: (formData: FormData) => Promise<void>): (formData: FormData) => Promise<void> {
  return async (formData: unknown) => {
    if (formData instanceof FormData) await handler(cleanFormData(formData));
  };
}

type ReplyOptions<Data> = {
  /** A form-level error (message key), shown above the fields. */
  formError?: string;
  /** Errors for named fields (message keys), e.g. from a core function's own validation or a uniqueness check. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** A success message key (shown by <FormNotice>). */
  notice?: string;
  /** Extra data for the success view (e.g. the address a confirmation went to). */
  data?: Data;
  /** Empty the form after success (e.g. "invite another"). */
  reset?: boolean;
};

// Secrets never travel back to the page: passwords, link tokens.
const SECRET = (name: string) => /password/i.test(name) || name === 'token';

/**
 * The action's answer to a submission: its validation errors plus any you add, the values to refill
 * (without secrets), and an optional notice/data. Without options and with a valid submission: success.
 */
export function reply<Data = never>(submission: Submission<unknown, string[], unknown>, options: ReplyOptions<Data> = {}): FormReply<Data> {
  const { formError, fieldErrors, notice, data, reset } = options;
  const extra = { ...(notice ? { notice } : {}), ...(data !== undefined ? { data } : {}) };
  if (reset && !formError && !fieldErrors) return { ...submission.reply({ resetForm: true }), status: 'success', ...extra };
  const hideFields = Object.keys(submission.payload).filter(SECRET);
  const cleanFieldErrors = fieldErrors
    ? Object.fromEntries(Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length)))
    : undefined;
  const errors = formError || cleanFieldErrors ? { formErrors: formError ? [formError] : undefined, fieldErrors: cleanFieldErrors } : {};
  return { ...submission.reply({ ...errors, hideFields }), ...extra };
}

/** A refusal that is not about the fields (a rate limit, a stale page): the message, the values kept. */
export const refuse = (submission: Submission<unknown, string[], unknown>, formError: string) => reply(submission, { formError });

export { malformedReply };

type Outcome = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * A core function's outcome (`{ ok } | { ok: false, error, fieldErrors? }`) as the form's answer: its field
 * errors under `fixFields` (a form-level hint), any other refusal as `${refused}.${error}`, success with `notice`.
 */
export function replyOutcome<Data = never>(
  submission: Submission<unknown, string[], unknown>,
  outcome: Outcome,
  keys: { fixFields?: string; refused: string; notice?: string; data?: Data; reset?: boolean },
): FormReply<Data> {
  if (outcome.ok) return reply(submission, { notice: keys.notice, data: keys.data, reset: keys.reset });
  if (outcome.error === 'invalid' && outcome.fieldErrors) return reply(submission, { fieldErrors: outcome.fieldErrors, formError: keys.fixFields });
  return reply(submission, { formError: `${keys.refused}.${outcome.error}` });
}
