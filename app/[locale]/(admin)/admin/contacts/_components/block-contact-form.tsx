'use client';

import { useActionState, useId } from 'react';
import { FormError, FormNotice } from '@/app/[locale]/(auth)/_components/form-fields';
import { errorClass, hintClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { blockContactAction } from '@/lib/moderation/board/actions';
import { CONTACT_KINDS } from '@/lib/moderation/risk/types';
import { SubmitButton } from '../../_components/admin-form';
import { useAdminFeedback } from '../../_components/admin-texts';
import { ReasonField } from '../../_components/reason-field';
import { fieldClass } from '../../_components/styles';

type Texts = {
  kind: string;
  kinds: Record<(typeof CONTACT_KINDS)[number], string>;
  value: string;
  hint: string;
  reason: string;
  reasonHint: string;
  submit: string;
  pending: string;
};

/** Block a contact typed by the admin; works without JavaScript, errors next to their fields. */
export function BlockContactForm({ texts }: { texts: Texts }) {
  const [state, action] = useActionState(blockContactAction, null);
  const { version, errorsFor, valueOf, formError, notice } = useAdminFeedback(state);
  const id = useId();
  const valueErrors = errorsFor('value');
  const kindErrors = errorsFor('kind');

  return (
    <form action={action} className="space-y-4" data-testid="block-contact-form" key={state?.ok ? `done-${version}` : 'form'}>
      <FormError message={formError} />
      <FormNotice message={notice} />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={`${id}-kind`} className={labelClass}>
            {texts.kind}
          </label>
          <select
            id={`${id}-kind`}
            name="kind"
            defaultValue={valueOf('kind') || 'telegram'}
            className={`${fieldClass} mt-1.5 block w-full`}
            aria-invalid={kindErrors.length ? true : undefined}
            aria-describedby={kindErrors.length ? `${id}-kind-error` : undefined}
          >
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {texts.kinds[k]}
              </option>
            ))}
          </select>
          {kindErrors[0] && (
            <p id={`${id}-kind-error`} className={errorClass}>
              {kindErrors[0]}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-value`} className={labelClass}>
            {texts.value}
          </label>
          <input
            id={`${id}-value`}
            name="value"
            required
            maxLength={300}
            defaultValue={valueOf('value')}
            className={`${fieldClass} mt-1.5 block w-full`}
            aria-invalid={valueErrors.length ? true : undefined}
            aria-describedby={[valueErrors.length ? `${id}-value-error` : '', `${id}-value-hint`].filter(Boolean).join(' ')}
          />
          <p id={`${id}-value-hint`} className={hintClass}>
            {texts.hint}
          </p>
          {valueErrors[0] && (
            <p id={`${id}-value-error`} className={errorClass}>
              {valueErrors[0]}
            </p>
          )}
        </div>
      </div>
      <ReasonField key={version} name="reason" label={texts.reason} hint={texts.reasonHint} defaultValue={valueOf('reason')} errors={errorsFor('reason')} />
      <SubmitButton variant="primary" pendingLabel={texts.pending}>
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
