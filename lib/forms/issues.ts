import '@/lib/zod-setup';
import type { z } from 'zod';

// For core functions (*.server.ts) that validate their own input: zod issues as message keys per field, which
// the actions hand to the form layer (`reply(submission, { fieldErrors })`).

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
