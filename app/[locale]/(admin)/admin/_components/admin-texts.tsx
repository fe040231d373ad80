'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { useStateVersion } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import type { FormState } from '@/lib/accounts/form-state';

// The `moderation` namespace is not shipped to every page's client bundle (i18n/client-messages.ts);
// the admin layout hands the few texts its forms need to this provider instead.
const AdminTexts = createContext<Record<string, string>>({});

export function AdminTextsProvider({ texts, children }: { texts: Record<string, string>; children: ReactNode }) {
  return <AdminTexts value={texts}>{children}</AdminTexts>;
}

/** Translates an action's message key (`moderation.errors.*`, `moderation.done.*`); unknown keys get a generic text. */
export function useAdminText() {
  const texts = useContext(AdminTexts);
  return (key: string) => texts[key] ?? texts['moderation.errors.unknown'] ?? key;
}

/** FormState, or a step that asks first (ConfirmState's confirmation: no errors, only the values to keep). */
type Answer = FormState | { ok: false; values?: Record<string, string>; fieldErrors?: undefined; formError?: undefined };

/**
 * What an admin form shows of its action's answer, translated with the admin texts: field and form errors,
 * the values to refill, a notice, and a `version` to key the refilled fields with.
 */
export function useAdminFeedback(state: Answer | null) {
  const text = useAdminText();
  const version = useStateVersion(state);
  const failed = state?.ok === false ? state : null;
  const formErrorKey = failed?.formError;
  return {
    version,
    failed,
    errorsFor: (name: string) => (failed?.fieldErrors?.[name] ?? []).map(text),
    valueOf: (name: string) => failed?.values?.[name] ?? '',
    formError: formErrorKey ? text(formErrorKey) : null,
    notice: state?.ok && state.message ? text(state.message) : null,
  };
}
