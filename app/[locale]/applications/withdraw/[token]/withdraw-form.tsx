'use client';

import { useTranslations } from 'next-intl';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { AppForm, FormError, HiddenFields, SubmitButton, useAppForm } from '@/components/forms';
import { textLinkClass } from '@/components/forms/field-styles';
import { Link } from '@/i18n/navigation';
import type { Withdrawal } from '@/lib/applications/apply.server';
import { withdrawAction } from '@/lib/applications/public-actions';

/**
 * The confirm step. It also renders the outcome: after a POST without JavaScript the page is rendered again
 * with the token already used, so the success state has to win over "unknown link".
 */
export function WithdrawForm({ token, withdrawal }: { token: string; withdrawal: Withdrawal | null }) {
  const t = useTranslations('apply.withdraw');
  const withdraw = useAppForm(withdrawAction);
  const toVacancies = (
    <Link href="/vacancies" className={textLinkClass}>
      {t('toVacancies')}
    </Link>
  );

  if (withdraw.reply?.status === 'success') {
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
    <AppForm of={withdraw} className="space-y-5">
      <FormError />
      <p className="text-lg">{t('lead', { title: withdrawal.title, company: withdrawal.company })}</p>
      <p className="text-ink-700">{t('question')}</p>
      <HiddenFields values={{ token }} />
      <SubmitButton pendingLabel={t('pending')}>{t('confirm')}</SubmitButton>
    </AppForm>
  );
}
