'use client';

import type { ReactNode } from 'react';
import { AppForm, useAppForm, useFormReply, useFormText } from '@/components/forms';
import { changeVacancyStatusAction } from '@/lib/vacancies/actions';

type Props = {
  /** Translated `lifecycle.*` texts by key: the namespace is not shipped to the client. */
  messages: Record<string, string>;
  children: ReactNode;
  className?: string;
  /** Where to go after a success message (a deleted draft has no page to come back to): message key → employer path. */
  redirects?: Record<string, string>;
};

/** A form posting to changeVacancyStatusAction that shows the action's result message. */
export function StatusActionForm({ messages, children, className, redirects = {} }: Props) {
  const status = useAppForm(changeVacancyStatusAction);
  const translate = (key: string) => messages[key] ?? (key.startsWith('lifecycle.') ? messages['lifecycle.refused.unknownOperation'] : undefined);

  return (
    <AppForm of={status} translate={translate} className={className} aria-busy={status.pending}>
      {Object.entries(redirects).map(([key, path]) => (
        <input key={key} type="hidden" name={`after-${key.replace('lifecycle.done.', '')}`} value={path} />
      ))}
      {children}
      <StatusMessage />
    </AppForm>
  );
}

function StatusMessage() {
  const reply = useFormReply();
  const text = useFormText();
  const failed = reply?.status === 'error';
  const key = failed ? reply.error?.['']?.[0] : reply?.notice;
  return (
    <p role="status" data-form-error={failed || undefined} tabIndex={-1} className={failed ? 'basis-full text-sm font-medium text-red-700' : 'basis-full text-sm font-medium text-brand-800'}>
      {key ? text(key) : ''}
    </p>
  );
}
