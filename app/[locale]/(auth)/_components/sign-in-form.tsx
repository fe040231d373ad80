'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Link } from '@/i18n/navigation';
import { signInAction } from '@/lib/accounts/actions';
import { textLinkClass } from './field-styles';
import { FormError, LocaleInput, SubmitButton, TextField } from './form-fields';
import { PasswordField } from './password-field';
import { useFormFeedback } from './use-form-feedback';
import { useValidatedAction } from './use-validated-action';
import { SignInSchema } from '@/lib/accounts/schemas';

/** Email and password; `callbackUrl` is already checked to be a same-site path. */
export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations('account');
  const [state, action, validate] = useValidatedAction(signInAction, SignInSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const unverified = state?.ok === false && state.formError === 'accounts.errors.emailNotVerified';

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError}>
        {unverified && (
          <p className="mt-2">
            <Link href={{ pathname: '/signup/check-email', query: { email: f.valueOf('email') } }} className={textLinkClass}>
              {t('signIn.resendLink')}
            </Link>
          </p>
        )}
      </FormError>
      <LocaleInput />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div key={f.version} className="space-y-5">
        <TextField
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={f.valueOf('email')}
          errors={f.errorsFor('email')}
        />
        <div>
          <PasswordField name="password" label={t('fields.password')} autoComplete="current-password" errors={f.errorsFor('password')} />
          <p className="mt-2 text-right text-sm">
            <Link href="/forgot-password" className={textLinkClass}>
              {t('signIn.forgot')}
            </Link>
          </p>
        </div>
        <SubmitButton pendingLabel={t('signIn.pending')}>{t('signIn.submit')}</SubmitButton>
      </div>
    </form>
  );
}
