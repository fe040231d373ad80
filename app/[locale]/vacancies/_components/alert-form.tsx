'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { AppForm, FormError, FormNotice, HiddenFields, LocaleInput, SelectField, SubmitButton, TextField, useAppForm } from '@/components/forms';
import { subscribeAction } from '@/lib/alerts/actions';
import { ALERT_FREQUENCIES } from '@/lib/alerts/frequencies';

const loadSchema = () => import('@/lib/alerts/schemas').then((m) => m.SubscribeSchema);

type Props = { query: string; description: string; empty: boolean };

/** "Get these vacancies by email": address and frequency; the search itself travels in a hidden field. */
export function AlertForm({ query, description, empty }: Props) {
  const t = useTranslations('alertForm');
  const subscribe = useAppForm(subscribeAction, { schema: loadSchema, defaultValue: { frequency: 'daily' } });
  const { fields } = subscribe;
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="rounded-card border border-brand-200 bg-brand-50/60 p-4 sm:p-5">
      <h2 id={headingId} className="text-base font-bold text-ink-950 sm:text-lg">
        {empty ? t('headingEmpty') : t('heading')}
      </h2>
      <p className="mt-1 text-[0.9375rem] break-words text-ink-700">{t('lead', { description })}</p>
      <AppForm of={subscribe} className="mt-4">
        <FormNotice />
        {subscribe.reply?.status !== 'success' && (
          <>
            <FormError />
            <LocaleInput />
            <HiddenFields values={{ query }} />
            <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
              <TextField meta={fields.email} type="email" label={t('email')} autoComplete="email" spellCheck={false} required />
              <SelectField
                meta={fields.frequency}
                label={t('frequencyLabel')}
                className="sm:[&_select]:w-auto"
                options={ALERT_FREQUENCIES.map((frequency) => [frequency, t(`frequency.${frequency}`)] as const)}
              />
            </div>
            <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
              <SubmitButton pendingLabel={t('pending')} className="w-full sm:w-auto">
                {t('submit')}
              </SubmitButton>
              <p className="text-sm text-ink-600">{t('privacy')}</p>
            </div>
          </>
        )}
      </AppForm>
    </section>
  );
}
