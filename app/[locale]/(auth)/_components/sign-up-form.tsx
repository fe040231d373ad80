'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { signUpAction } from '@/lib/accounts/actions';
import { FormError, LocaleInput, SubmitButton, TextField } from './form-fields';
import { PasswordField } from './password-field';
import { useFormFeedback } from './use-form-feedback';
import { useValidatedAction } from './use-validated-action';
import { SignUpSchema } from '@/lib/accounts/schemas';

/** Name, email, password and the company the account will own — or, invited, the company it joins. */
export function SignUpForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const t = useTranslations('account');
  const [state, action, validate] = useValidatedAction(signUpAction, SignUpSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <LocaleInput />
      {invitation && <input type="hidden" name="invitation" value={invitation.token} />}
      <div key={f.version} className="space-y-5">
        <TextField
          name="name"
          label={t('fields.name')}
          autoComplete="name"
          required
          defaultValue={f.valueOf('name')}
          errors={f.errorsFor('name')}
        />
        <TextField
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="email"
          spellCheck={false}
          required
          readOnly={Boolean(invitation)}
          defaultValue={invitation?.email ?? f.valueOf('email')}
          hint={invitation ? t('signUp.invitedEmailNote') : undefined}
          errors={f.errorsFor('email')}
        />
        <PasswordField name="password" label={t('fields.password')} autoComplete="new-password" showRule errors={f.errorsFor('password')} />
        {!invitation && (
          <TextField
            name="companyName"
            label={t('fields.companyName')}
            autoComplete="organization"
            required
            hint={t('signUp.companyNote')}
            defaultValue={f.valueOf('companyName')}
            errors={f.errorsFor('companyName')}
          />
        )}
        <SubmitButton pendingLabel={t('signUp.pending')}>{t('signUp.submit')}</SubmitButton>
      </div>
    </form>
  );
}
