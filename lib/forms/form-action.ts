import type { FormState } from '@/lib/accounts/form-state';

// Every server action that takes a form goes through formAction: the framework lets anyone call an action
// with any arguments (`0=[null,null]`, `[]`, `[1,2]`), so the shape is checked here, once, before the
// action reads a field. docs/decisions/014-untrusted-input.md.

/** What a malformed call gets back: a message, never a stack trace. */
export const MALFORMED_FORM: FormState = { ok: false, formError: 'accounts.errors.malformedForm' };

/** Text without NUL bytes: PostgreSQL cannot store them, and no person types them. */
export const withoutNul = (value: string) => (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value);

/** The form's text fields as a record (files left out): what the core functions validate with their schemas. */
export const textFields = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** A copy of the form with NUL bytes removed from names and text values (files pass through). */
export function cleanFormData(formData: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of formData.entries()) clean.append(withoutNul(name), typeof value === 'string' ? withoutNul(value) : value);
  return clean;
}

/** A `(previous state, form)` action for useActionState or <form action>, safe to call with anything. */
export function formAction<S extends FormState>(handler: (formData: FormData) => Promise<S>): (previous: S | null, formData: FormData) => Promise<S> {
  return async (_previous: unknown, formData: unknown) => {
    // Every state type extends FormState with optional extras, so the plain refusal fits all of them.
    if (!(formData instanceof FormData)) return MALFORMED_FORM as S;
    return handler(cleanFormData(formData));
  };
}

/** A plain `<form action>` action (no state), safe to call with anything: malformed calls do nothing. */
export function plainFormAction(handler: (formData: FormData) => Promise<void>): (formData: FormData) => Promise<void> {
  return async (formData: unknown) => {
    if (formData instanceof FormData) await handler(cleanFormData(formData));
  };
}

/** JSON posted inside a form field, with NUL bytes removed from every string in it; null when it does not parse. */
export function parseJsonField(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(typeof value === 'string' ? value : '', (_key, v: unknown) => (typeof v === 'string' ? withoutNul(v) : v));
  } catch {
    return null;
  }
}
