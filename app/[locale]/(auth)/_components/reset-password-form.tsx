'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, LocaleInput, PasswordField, SubmitButton, useAppForm } from '@/components/forms';
import { textLinkClass } from '@/components/forms/field-styles';
import { Link } from '@/i18n/navigation';
import { resetPasswordAction } from '@/lib/accounts/actions';

const loadSchema = () => import('@/lib/accounts/schemas').then((m) => m.ResetPasswordSchema);

/** The new password, twice; the token from the mailed link rides along hidden. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('account');
  const reset = useAppForm(resetPasswordAction, { schema: loadSchema });
  const { fields, form } = reset;
  const tokenRejected = form.errors?.includes('accounts.errors.tokenInvalid') ?? false;

  return (
    <AppForm of={reset}>
      <FormError>
        {tokenRejected && (
          <p className="mt-2">
            <Link href="/forgot-password" className={textLinkClass}>
              {t('resetPassword.requestNew')}
            </Link>
          </p>
        )}
      </FormError>
      <LocaleInput />
      <input type="hidden" name="token" value={token} />
      <div className="space-y-5">
        <PasswordField meta={fields.password} label={t('fields.newPassword')} autoComplete="new-password" showRule />
        <PasswordField meta={fields.passwordConfirm} label={t('fields.passwordConfirm')} autoComplete="new-password" />
        <SubmitButton pendingLabel={t('resetPassword.pending')} className="w-full">
          {t('resetPassword.submit')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
