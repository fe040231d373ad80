import '@/lib/zod-setup';
import { parseWithZod, type Submission } from '@conform-to/zod/v4';
import type { z } from 'zod';
import { readSafely } from './read';
import { FORM_ERRORS } from './reply';

/**
 * Issues the schema gave no message of its own get one of the layer's keys, so a wrong type (a file where
 * text belongs, a field sent twice) reads as a sentence, never as zod's English.
 */
const genericMessage = (issue: { code?: string; input?: unknown }): string => {
  if (issue.code === 'too_big') return FORM_ERRORS.tooLong;
  if (issue.input === undefined || issue.input === '') return FORM_ERRORS.required;
  return FORM_ERRORS.invalid;
};

/**
 * The form parsed with the shared zod schema, in the browser (Conform's onValidate) and in the action alike.
 * Values stay text (no automatic coercion): the schemas were written for what a form sends. Names like
 * `slots[0].start` become nested values.
 */
export function parseForm<S extends z.ZodType>(formData: FormData | URLSearchParams, schema: S): Submission<z.input<S>, string[], z.output<S>> {
  const run = (data: FormData | URLSearchParams) =>
    parseWithZod(data, { schema, disableAutoCoercion: true, error: genericMessage }) as Submission<z.input<S>, string[], z.output<S>>;
  return readSafely(formData, run);
}

export { readForm } from './read';
