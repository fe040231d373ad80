'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { FormError, FormNotice, LocaleInput, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { EmailOnlySchema } from '@/lib/accounts/schemas';
import { requestManageLinkAction } from '@/lib/alerts/actions';

/** "Send me a link to my alerts": the same answer whether the address has alerts or not. */
export function ManageLinkForm({ submitLabel }: { submitLabel: string }) {
  const t = useTranslations('alertForm');
  const [state, action, validate] = useValidatedAction(requestManageLinkAction, EmailOnlySchema);
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
          label={t('email')}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={f.valueOf('email')}
          errors={f.errorsFor('email')}
        />
        <SubmitButton pendingLabel={t('pending')}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
