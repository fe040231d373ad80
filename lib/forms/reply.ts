import type { SubmissionResult } from '@conform-to/zod/v4';

/**
 * What every form action returns: Conform's submission result (field errors as message keys, the values to
 * refill, the form-level error under the name '') plus an optional notice key and data for the success panel.
 * `null` before the first submit (useActionState's initial state).
 */
export type FormReply<Data = unknown> = SubmissionResult<string[]> & { notice?: string; data?: Data };

/**
 * A form action as React and Next call it: `(previous result, form)`. Declared as a method so an action with
 * its own data (`FormActionFn<{ sentTo }>`) fits where any form action is taken.
 */
export type FormActionFn<Data = unknown> = {
  action(previous: FormReply<Data> | null, formData: FormData): Promise<FormReply<Data>>;
}['action'];

/** Message keys of the layer's own errors (messages/pages/forms.*.json; malformed is the accounts' older key). */
export const FORM_ERRORS = {
  malformed: 'accounts.errors.malformedForm',
  invalid: 'forms.errors.invalid',
  required: 'forms.errors.required',
  tooLong: 'forms.errors.tooLong',
  unknown: 'forms.errors.unknown',
} as const;

/** What a malformed call gets back: a message, never a stack trace. */
export const malformedReply = (): FormReply => ({ status: 'error', error: { '': [FORM_ERRORS.malformed] } });

/** The form-level error keys of a reply ([] when none). */
export const formErrorsOf = (reply: FormReply<unknown> | null | undefined): string[] => reply?.error?.[''] ?? [];

/** True when the reply carries errors for named fields (not only a form-level error). */
export const hasFieldErrors = (reply: FormReply<unknown> | null | undefined): boolean =>
  Object.entries(reply?.error ?? {}).some(([name, errors]) => name !== '' && (errors?.length ?? 0) > 0);
