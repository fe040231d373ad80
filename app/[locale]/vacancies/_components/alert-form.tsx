'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { FormError, FormNotice, LocaleInput, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { subscribeAction } from '@/lib/alerts/actions';
import { ALERT_FREQUENCIES, SubscribeSchema } from '@/lib/alerts/schemas';

type Props = { query: string; description: string; empty: boolean };

/** "Get these vacancies by email": address and frequency; the search itself travels in a hidden field. */
export function AlertForm({ query, description, empty }: Props) {
  const t = useTranslations('alertForm');
  const [state, action, validate] = useValidatedAction(subscribeAction, SubscribeSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const headingId = useId();
  const frequencyId = useId();
  const chosen = f.valueOf('frequency') || 'daily';

  return (
    <section aria-labelledby={headingId} className="rounded-card border border-brand-200 bg-brand-50/60 p-4 sm:p-5">
      <h2 id={headingId} className="text-base font-bold text-ink-950 sm:text-lg">
        {empty ? t('headingEmpty') : t('heading')}
      </h2>
      <p className="mt-1 text-[0.9375rem] break-words text-ink-700">{t('lead', { description })}</p>
      {state?.ok ? (
        <div className="mt-4">
          <FormNotice message={f.notice} />
        </div>
      ) : (
        <form ref={formRef} action={action} onSubmit={validate} noValidate className="mt-4">
          <FormError message={f.formError} />
          <LocaleInput />
          <input type="hidden" name="query" value={query} />
          <div key={f.version} className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
            <TextField
              name="email"
              type="email"
              label={t('email')}
              autoComplete="email"
              spellCheck={false}
              required
              defaultValue={f.valueOf('email')}
              errors={f.errorsFor('email')}
            />
            <div>
              <label htmlFor={frequencyId} className={labelClass}>
                {t('frequencyLabel')}
              </label>
              <select
                id={frequencyId}
                name="frequency"
                defaultValue={chosen}
                className="mt-1.5 min-h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-base text-ink-950 shadow-inset focus:border-brand-500 sm:w-auto"
              >
                {ALERT_FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {t(`frequency.${frequency}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
            <SubmitButton pendingLabel={t('pending')} className="sm:w-auto">
              {t('submit')}
            </SubmitButton>
            <p className="text-sm text-ink-600">{t('privacy')}</p>
          </div>
        </form>
      )}
    </section>
  );
}
