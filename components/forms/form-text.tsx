'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { FORM_ERRORS, type FormReply } from '@/lib/forms/reply';

/** A translator for message keys a page's client messages do not carry (the admin's texts): undefined = not mine. */
export type FormTranslate = (key: string) => string | undefined;

type FormTextContext = { translate?: FormTranslate; reply: FormReply<unknown> | null };
const Context = createContext<FormTextContext>({ reply: null });

export function FormTextProvider({ value, children }: { value: FormTextContext; children: ReactNode }) {
  return <Context value={value}>{children}</Context>;
}

/** The last answer of the action of the form around (for the notice and success views). */
export const useFormReply = () => useContext(Context).reply;

/**
 * Turns a message key from a schema or an action (`accounts.errors.emailInvalid`) into the reader's language:
 * the form's own translator first, then the page's client messages; an unknown key still says something.
 */
export function useFormText(): (key: string) => string {
  const { translate } = useContext(Context);
  const t = useTranslations();
  type Key = Parameters<typeof t>[0];
  return (key: string) => {
    const own = translate?.(key);
    if (own !== undefined) return own;
    if (t.has(key as Key)) return t(key as Key);
    return t.has(FORM_ERRORS.unknown as Key) ? t(FORM_ERRORS.unknown as Key) : key;
  };
}
