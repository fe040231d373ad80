import type { z } from 'zod';

/**
 * What every form action returns (HOUSE_STYLE rule 5). Errors and notices are message keys
 * (`accounts.errors.*`, `accounts.notices.*`) that the form translates; `values` refill the form
 * after a failed submit (never passwords).
 */
export type FormState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors?: Partial<Record<string, string[]>>; formError?: string; values?: Record<string, string> };

/** What was typed, minus secrets: passwords and link tokens are never sent back to the page. */
export function keepTyped(input: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([k]) => !/password/i.test(k) && k !== 'token'));
}

/** A failed validation as a FormState: field errors (message keys) plus the typed values. */
export function invalidFormState(error: z.ZodError, input: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return { ok: false, fieldErrors, values: keepTyped(input) };
}
