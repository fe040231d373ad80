'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { requestPasswordResetAction, resendVerificationAction } from '@/lib/accounts/actions';
import { FormError, FormNotice, LocaleInput, SubmitButton, TextField } from './form-fields';
import { useFormFeedback } from './use-form-feedback';
import { useValidatedAction } from './use-validated-action';
import { EmailOnlySchema } from '@/lib/accounts/schemas';

const ACTIONS = { resetPassword: requestPasswordResetAction, resendVerification: resendVerificationAction } as const;

type Props = {
  /** Which mail to ask for: a password reset link or a new confirmation link. */
  purpose: keyof typeof ACTIONS;
  submitLabel: string;
  pendingLabel: string;
  defaultEmail?: string;
};

/** One email field that asks for a link by mail; the answer is the same whether the account exists or not. */
export function EmailRequestForm({ purpose, submitLabel, pendingLabel, defaultEmail = '' }: Props) {
  const t = useTranslations('account');
  const [state, action, validate] = useValidatedAction(ACTIONS[purpose], EmailOnlySchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <LocaleInput />
      <div key={f.version} className="space-y-5">
        <TextField
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={f.valueOf('email') || defaultEmail}
          errors={f.errorsFor('email')}
        />
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
