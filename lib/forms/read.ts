import { parse, type Submission } from '@conform-to/dom';

// The form as sent, without a schema: what a form without one checks in the browser, what a form whose
// schema has not loaded yet checks there (components/forms/use-app-form.ts), and what an action whose core
// function validates itself reads. No zod here: this module is in the first JavaScript of every page with a form.

// Conform reserves these names; a caller who sends them as files or broken JSON must not reach its invariants.
const RESERVED = ['__intent__', '__state__'];

export function withoutReserved(formData: FormData | URLSearchParams): FormData {
  const clean = new FormData();
  for (const [name, value] of formData.entries()) if (!RESERVED.includes(name)) clean.append(name, value);
  return clean;
}

/** Runs `read` on the form; a hostile intent or state field makes it read the rest as a plain submit. */
export function readSafely<T>(formData: FormData | URLSearchParams, read: (data: FormData | URLSearchParams) => T): T {
  try {
    return read(formData);
  } catch {
    return read(withoutReserved(formData));
  }
}

/** Names like `slots[0].start` become nested values; nothing is refused. */
export const readForm = (formData: FormData | URLSearchParams): Submission<Record<string, unknown>, string[]> =>
  readSafely(formData, (data) => parse<Record<string, unknown>, string[]>(data, { resolve: (value) => ({ value }) }));
