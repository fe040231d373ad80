'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FieldError, FormError, HiddenFields, controlAria, useAppForm, useFieldErrors } from '@/components/forms';
import { decideReviewAction } from '@/lib/moderation/actions';
import { SubmitButton } from '../../../_components/admin-form';
import { useAdminTranslate } from '../../../_components/admin-texts';

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
  const approve = useAppForm(decideReviewAction);
  const t = useTranslations('decisions');
  const acknowledged = approve.fields.acknowledged!;
  const ackErrors = useFieldErrors(acknowledged);
  const aria = controlAria(acknowledged, ackErrors.length > 0, true);

  return (
    <AppForm of={approve} translate={useAdminTranslate()} className="mt-3" data-testid="approve-form">
      <FormError />
      <HiddenFields values={hidden} />
      {risky && (
        <div className="mt-2 rounded-control border border-accent-200 bg-accent-50 p-3">
          <p id={acknowledged.descriptionId} className="text-sm text-accent-700">
            {acknowledgeHint}
          </p>
          <label className="mt-2 flex items-start gap-2 text-sm font-semibold text-ink-950">
            <input
              key={acknowledged.key}
              id={acknowledged.id}
              type="checkbox"
              name={acknowledged.name}
              value="1"
              required
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
              {...aria}
            />
            {t('review.acknowledge')}
          </label>
          <FieldError meta={acknowledged} />
        </div>
      )}
      <SubmitButton variant={risky ? 'secondary' : 'primary'} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </AppForm>
  );
}
