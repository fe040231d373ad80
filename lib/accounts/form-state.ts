/**
 * What every form action returns (HOUSE_STYLE rule 5). Errors and notices are message keys
 * (`accounts.errors.*`, `accounts.notices.*`) that the form translates; `values` refill the form
 * after a failed submit (never passwords).
 */
export type FormState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors?: Partial<Record<string, string[]>>; formError?: string; values?: Record<string, string> };
