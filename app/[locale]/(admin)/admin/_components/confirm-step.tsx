'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { AppForm, FormError, FormNotice, HiddenFields, useAppForm } from '@/components/forms';
import { buttonStyles } from '@/components/ui/button';
import type { FormActionFn } from '@/lib/forms/reply';
import type { Confirmation, ConfirmState } from '@/lib/moderation/consequences-queries';
import { SubmitButton } from './admin-form';
import { useAdminTranslate } from './admin-texts';
import { ReasonField, type ReasonFieldProps } from './reason-field';

export const confirmationOf = (reply: ConfirmState | null): Confirmation | null => reply?.data?.confirm ?? null;

const dangerClass = 'border border-red-700 bg-red-700 text-white shadow-sm hover:bg-red-800';

function ConfirmButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="confirm" value="1" disabled={pending} aria-disabled={pending} className={buttonStyles({ size: 'sm', className: dangerClass })}>
      {children}
    </button>
  );
}

/**
 * The confirmation step inside a form: what will happen (counted by the server just now), the confirm button
 * (`confirm=1`) and a cancel button that posts `intent=cancel`, so it works the same without JavaScript.
 */
export function ConfirmPanel({ confirmation }: { confirmation: Confirmation }) {
  const t = useTranslations('decisions.confirm');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [confirmation]);
  type Key = Parameters<typeof t>[0];

  return (
    <div className="mt-3 rounded-control border border-red-200 bg-red-50 p-4" data-testid="confirm-step" data-operation={confirmation.operation}>
      <h3 ref={heading} tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
        {t(`title.${confirmation.operation}` as Key)}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink-800">
        {confirmation.facts.map((f) => (
          <li key={f.key + JSON.stringify(f.values ?? {})}>{t(`facts.${f.key}` as Key, f.values)}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-3">
        <ConfirmButton>{t(`submit.${confirmation.operation}` as Key)}</ConfirmButton>
        <button type="submit" name="intent" value="cancel" formNoValidate className={buttonStyles({ variant: 'ghost', size: 'sm' })}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

type Props = {
  action: FormActionFn<{ confirm: Confirmation }>;
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  reason?: Omit<ReasonFieldProps, 'meta'>;
  className?: string;
  testId?: string;
  /** Folds the form under this summary (a table row's action); it stays open while a step or an error is shown. */
  summary?: string;
};

/** AdminForm for an operation that asks first: the first submit shows what will happen, the second does it. */
export function ConfirmForm({ action, hidden, submitLabel, pendingLabel, reason, className, testId, summary }: Props) {
  const confirmForm = useAppForm(action);
  const translate = useAdminTranslate();
  const { reply } = confirmForm;
  const confirmation = confirmationOf(reply);

  const form = (
    <AppForm of={confirmForm} translate={translate} className={className} data-testid={testId}>
      <FormError />
      <FormNotice />
      <HiddenFields values={hidden} />
      {reason && <ReasonField meta={confirmForm.fields.reason!} {...reason} />}
      {confirmation ? (
        <ConfirmPanel confirmation={confirmation} />
      ) : (
        <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      )}
    </AppForm>
  );
  if (!summary) return form;
  // Open while the admin is in the middle of it (a step, an error, a cancelled step); a success notice closes it.
  const open = reply !== null && !reply.notice;
  return (
    <details open={open || undefined}>
      <summary className="cursor-pointer font-semibold text-brand-800">{summary}</summary>
      {form}
    </details>
  );
}
