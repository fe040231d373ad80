'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, LocaleInput, PasswordField, SubmitButton, TextField, useAppForm } from '@/components/forms';
import { signUpAction } from '@/lib/accounts/actions';

const loadSchema = () => import('@/lib/accounts/schemas').then((m) => m.SignUpSchema);

/** Name, email, password and the company the account will own — or, invited, the company it joins. */
export function SignUpForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const t = useTranslations('account');
  const signUp = useAppForm(signUpAction, { schema: loadSchema });
  const { fields } = signUp;

  return (
    <AppForm of={signUp}>
      <FormError />
      <LocaleInput />
      {invitation && <input type="hidden" name="invitation" value={invitation.token} />}
      <div className="space-y-5">
        <TextField meta={fields.name} label={t('fields.name')} autoComplete="name" required />
        <TextField
          meta={fields.email}
          type="email"
          label={t('fields.email')}
          autoComplete="email"
          spellCheck={false}
          required
          readOnly={Boolean(invitation)}
          value={invitation?.email}
          hint={invitation ? t('signUp.invitedEmailNote') : undefined}
        />
        <PasswordField meta={fields.password} label={t('fields.password')} autoComplete="new-password" showRule />
        {!invitation && (
          <TextField meta={fields.companyName} label={t('fields.companyName')} autoComplete="organization" required hint={t('signUp.companyNote')} />
        )}
        <SubmitButton pendingLabel={t('signUp.pending')} className="w-full">
          {t('signUp.submit')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
