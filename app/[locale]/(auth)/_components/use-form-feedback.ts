'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type RefObject } from 'react';
import type { FormState } from '@/lib/accounts/form-state';

/** A counter that goes up with every new answer from the action: key fields with it to refill them. */
export function useStateVersion(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setVersion(version + 1);
  }
  return version;
}

/**
 * Turns an action's FormState into what the form shows: translated field and form errors, the values
 * to refill, a notice, and a `version` to key the fields with so they remount with those values.
 * After a failed submit it moves focus (within `formRef`) to the first invalid field (or the form error).
 */
export function useFormFeedback(state: FormState | null, formRef: RefObject<HTMLFormElement | null>) {
  const t = useTranslations();
  const version = useStateVersion(state);

  const failed = state?.ok === false ? state : null;

  useEffect(() => {
    if (!failed) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [failed, formRef]);

  // Keys come from the action (`accounts.errors.*`, `accounts.notices.*`); an unknown one still says something.
  type Key = Parameters<typeof t>[0];
  const translate = (key: string) => (t.has(key as Key) ? t(key as Key) : t('account.form.unknownError'));

  return {
    version,
    errorsFor: (name: string) => (failed?.fieldErrors?.[name] ?? []).map(translate),
    valueOf: (name: string) => failed?.values?.[name] ?? '',
    formError: failed?.formError ? translate(failed.formError) : null,
    notice: state?.ok && state.message ? translate(state.message) : null,
  };
}
