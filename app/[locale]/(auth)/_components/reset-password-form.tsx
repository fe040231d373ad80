'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Link } from '@/i18n/navigation';
import { resetPasswordAction } from '@/lib/accounts/actions';
import { textLinkClass } from './field-styles';
import { FormError, LocaleInput, SubmitButton } from './form-fields';
import { PasswordField } from './password-field';
import { useFormFeedback } from './use-form-feedback';
import { useValidatedAction } from './use-validated-action';
import { ResetPasswordSchema } from '@/lib/accounts/schemas';

/** The new password, twice; the token from the mailed link rides along hidden. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('account');
  const [state, action, validate] = useValidatedAction(resetPasswordAction, ResetPasswordSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const tokenRejected = state?.ok === false && state.formError === 'accounts.errors.tokenInvalid';

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError}>
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
      <div key={f.version} className="space-y-5">
        <PasswordField name="password" label={t('fields.newPassword')} autoComplete="new-password" showRule errors={f.errorsFor('password')} />
        <PasswordField name="passwordConfirm" label={t('fields.passwordConfirm')} autoComplete="new-password" errors={f.errorsFor('passwordConfirm')} />
        <SubmitButton pendingLabel={t('resetPassword.pending')}>{t('resetPassword.submit')}</SubmitButton>
      </div>
    </form>
  );
}
