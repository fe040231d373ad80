'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { textLinkClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { FormError, SubmitButton } from '@/app/[locale]/(auth)/_components/form-fields';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { Link } from '@/i18n/navigation';
import type { Withdrawal } from '@/lib/applications/apply.server';
import { withdrawAction } from '@/lib/applications/public-actions';

/**
 * The confirm step. It also renders the outcome: after a POST without JavaScript the page is rendered again
 * with the token already used, so the success state has to win over "unknown link".
 */
export function WithdrawForm({ token, withdrawal }: { token: string; withdrawal: Withdrawal | null }) {
  const t = useTranslations('apply.withdraw');
  const [state, action] = useActionState(withdrawAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const toVacancies = (
    <Link href="/vacancies" className={textLinkClass}>
      {t('toVacancies')}
    </Link>
  );

  if (state?.ok) {
    return (
      <>
        <PageNotice tone="success">{t('done')}</PageNotice>
        {toVacancies}
      </>
    );
  }
  if (!withdrawal) {
    return (
      <>
        <PageNotice tone="warning">
          <span className="block font-semibold">{t('invalidTitle')}</span>
          {t('invalid')}
        </PageNotice>
        {toVacancies}
      </>
    );
  }
  return (
    <form ref={formRef} action={action} className="space-y-5">
      <FormError message={f.formError} />
      <p className="text-lg">{t('lead', { title: withdrawal.title, company: withdrawal.company })}</p>
      <p className="text-ink-700">{t('question')}</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t('pending')}>{t('confirm')}</SubmitButton>
    </form>
  );
}
