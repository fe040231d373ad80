'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormError } from '@/app/[locale]/(auth)/_components/form-fields';
import { errorClass } from '@/app/[locale]/(auth)/_components/field-styles';
import type { FormState } from '@/lib/accounts/form-state';
import { decideReviewAction } from '@/lib/moderation/actions';
import { SubmitButton } from '../../../_components/admin-form';
import { useAdminText } from '../../../_components/admin-texts';

type Props = {
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** Above the risk threshold: the "I checked the reasons" box, and approval is the secondary button. */
  risky: boolean;
  acknowledgeHint: string;
};

/** Approve; a risky version needs the acknowledgement, which the server checks against the stored score. */
export function ApproveForm({ hidden, submitLabel, pendingLabel, risky, acknowledgeHint }: Props) {
  const [state, action] = useActionState<FormState | null, FormData>(decideReviewAction, null);
  const t = useTranslations('decisions');
  const text = useAdminText();
  const id = useId();
  const failed = state?.ok === false ? state : null;
  const ackErrors = failed?.fieldErrors?.acknowledged ?? [];

  return (
    <form action={action} className="mt-3" data-testid="approve-form">
      <FormError message={failed?.formError ? text(failed.formError) : null} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {risky && (
        <div className="mt-2 rounded-control border border-accent-200 bg-accent-50 p-3">
          <p id={`${id}-hint`} className="text-sm text-accent-700">
            {acknowledgeHint}
          </p>
          <label className="mt-2 flex items-start gap-2 text-sm font-semibold text-ink-950">
            <input
              type="checkbox"
              name="acknowledged"
              value="1"
              required
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
              aria-invalid={ackErrors.length ? true : undefined}
              aria-describedby={[ackErrors.length ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
            />
            {t('review.acknowledge')}
          </label>
          {ackErrors[0] && (
            <p id={`${id}-error`} className={errorClass}>
              {t('errors.acknowledgeRequired')}
            </p>
          )}
        </div>
      )}
      <SubmitButton variant={risky ? 'secondary' : 'primary'} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
