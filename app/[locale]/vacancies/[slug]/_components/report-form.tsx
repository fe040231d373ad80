'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { Field, FormError, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { errorClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { submitReportAction } from '@/lib/moderation/report-public-actions';
import { ReportSchema } from '@/lib/moderation/report-schemas';
import { REPORT_CATEGORIES } from '@/lib/vocabularies';

/** Category, details, an optional email, and a honeypot; checked in the browser with the server's schema. */
export function ReportForm({ slug }: { slug: string }) {
  const t = useTranslations('reports.form');
  const tc = useTranslations('vocab.reportCategory');
  const [state, action, validate] = useValidatedAction(submitReportAction, ReportSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const categoryErrors = f.errorsFor('category');
  const legendId = useId();
  const categoryErrorId = `${legendId}-error`;

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <input type="hidden" name="vacancy" value={slug} />
      <div key={f.version} className="space-y-6">
        {/* A radiogroup rather than a fieldset: it can carry aria-invalid and take focus after a failed submit. */}
        <div>
          <p id={legendId} className={labelClass}>
            {t('category')}
          </p>
          <div
            role="radiogroup"
            aria-labelledby={legendId}
            aria-invalid={categoryErrors.length ? true : undefined}
            aria-describedby={categoryErrors.length ? categoryErrorId : undefined}
            tabIndex={-1}
            className="mt-2 grid gap-2 rounded-control"
          >
            {REPORT_CATEGORIES.map((category) => (
              <label
                key={category}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-control border border-line bg-surface px-3 py-2 text-[0.9375rem] text-ink-900 hover:border-brand-300 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="category"
                  value={category}
                  defaultChecked={f.valueOf('category') === category}
                  className="size-4 shrink-0 accent-brand-700"
                />
                {tc(category)}
              </label>
            ))}
          </div>
          {categoryErrors[0] && (
            <p id={categoryErrorId} className={errorClass}>
              {categoryErrors[0]}
            </p>
          )}
        </div>

        <Field name="message" label={t('message')} hint={t('messageHint')} errors={f.errorsFor('message')}>
          {(control) => <textarea {...control} rows={5} defaultValue={f.valueOf('message')} className={`${control.className} py-2`} />}
        </Field>

        <TextField
          name="email"
          type="email"
          label={t('email')}
          hint={t('emailHint')}
          autoComplete="email"
          spellCheck={false}
          defaultValue={f.valueOf('email')}
          errors={f.errorsFor('email')}
        />

        {/* Hidden from people (display: none); form-filling bots find it in the markup and fill it. */}
        <div className="hidden">
          <label>
            {t('honeypot')}
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>

        <SubmitButton pendingLabel={t('pending')} className="sm:w-auto">
          {t('submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
