'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, LocaleInput, PasswordField, SubmitButton, TextField, useAppForm } from '@/components/forms';
import { textLinkClass } from '@/components/forms/field-styles';
import { Link } from '@/i18n/navigation';
import { signInAction } from '@/lib/accounts/actions';

const loadSchema = () => import('@/lib/accounts/schemas').then((m) => m.SignInSchema);

/** Email and password; `callbackUrl` is already checked to be a same-site path. */
export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations('account');
  const sign = useAppForm(signInAction, { schema: loadSchema });
  const { fields, form } = sign;
  const unverified = form.errors?.includes('accounts.errors.emailNotVerified') ?? false;
  const email = typeof fields.email.value === 'string' ? fields.email.value : '';

  return (
    <AppForm of={sign}>
      <FormError>
        {unverified && (
          <p className="mt-2">
            <Link href={{ pathname: '/signup/check-email', query: { email } }} className={textLinkClass}>
              {t('signIn.resendLink')}
            </Link>
          </p>
        )}
      </FormError>
      <LocaleInput />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div className="space-y-5">
        <TextField meta={fields.email} type="email" label={t('fields.email')} autoComplete="email" spellCheck={false} required />
        <div>
          <PasswordField meta={fields.password} label={t('fields.password')} autoComplete="current-password" />
          <p className="mt-2 text-right text-sm">
            <Link href="/forgot-password" className={textLinkClass}>
              {t('signIn.forgot')}
            </Link>
          </p>
        </div>
        <SubmitButton pendingLabel={t('signIn.pending')} className="w-full">
          {t('signIn.submit')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
