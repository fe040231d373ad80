'use client';

import { useActionState, useEffect, type ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { FormState } from '@/lib/accounts/form-state';
import { changeVacancyStatusAction } from '@/lib/vacancies/actions';

type Props = {
  /** Translated `lifecycle.*` texts by key: the namespace is not shipped to the client. */
  messages: Record<string, string>;
  children: ReactNode;
  className?: string;
  /** Where to go after a success message (a deleted draft has no page to come back to). */
  redirects?: Record<string, string>;
};

/** A form posting to changeVacancyStatusAction that shows the action's result message. */
export function StatusActionForm({ messages, children, className, redirects }: Props) {
  const [state, action, pending] = useActionState<FormState | null, FormData>(changeVacancyStatusAction, null);
  const router = useRouter();
  useEffect(() => {
    const to = state?.ok && state.message ? redirects?.[state.message] : undefined;
    if (to) router.replace(to);
  }, [state, redirects, router]);
  const key = state ? (state.ok ? state.message : state.formError) : undefined;
  const text = key ? (messages[key] ?? messages['lifecycle.refused.unknownOperation']) : '';

  return (
    <form action={action} className={className} aria-busy={pending}>
      {children}
      <p role="status" className={state?.ok === false ? 'basis-full text-sm font-medium text-red-700' : 'basis-full text-sm font-medium text-brand-800'}>
        {text}
      </p>
    </form>
  );
}
