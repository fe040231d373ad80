'use client';

import { requestPasswordResetAction, resendVerificationAction } from '@/lib/accounts/actions';
import { useTranslations } from 'next-intl';
import { EmailLinkForm } from '@/app/[locale]/_components/email-link-form';

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
  return (
    <EmailLinkForm
      action={ACTIONS[purpose]}
      labels={{ email: t('fields.email'), submit: submitLabel, pending: pendingLabel }}
      defaultEmail={defaultEmail}
    />
  );
}
