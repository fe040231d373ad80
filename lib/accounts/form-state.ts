import '@/lib/zod-setup';
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

/**
 * Zod issues as message keys per field: keyed by dotted path (`shiftSlots.0.start`), or by the top-level
 * field alone with `top` (flat forms); issues without a path go to `fallback` (default `form`).
 */
export function fieldErrorsOf(error: z.ZodError, options: { top?: boolean; fallback?: string } = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = (options.top ? String(issue.path[0] ?? '') : issue.path.join('.')) || options.fallback || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The outcome core functions return for input that does not parse. */
export const invalidOutcome = (error: z.ZodError, options?: { top?: boolean; fallback?: string }) =>
  ({ ok: false as const, error: 'invalid' as const, fieldErrors: fieldErrorsOf(error, options) });

/** A failed validation as a FormState: field errors (message keys) plus the typed values. */
export function invalidFormState(error: z.ZodError, input: Record<string, string>): FormState {
  return { ok: false, fieldErrors: fieldErrorsOf(error, { top: true }), values: keepTyped(input) };
}
