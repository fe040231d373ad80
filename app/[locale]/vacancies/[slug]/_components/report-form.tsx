'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FieldError, FormError, HiddenFields, SubmitButton, TextField, TextareaField, controlAria, useAppForm, useFieldErrors } from '@/components/forms';
import { labelClass } from '@/components/forms/field-styles';
import { submitReportAction } from '@/lib/moderation/report-public-actions';
import { REPORT_CATEGORIES } from '@/lib/vocabularies';

const loadSchema = () => import('@/lib/moderation/report-schemas').then((m) => m.ReportSchema);

/** Category, details, an optional email, and a honeypot; checked in the browser with the server's schema. */
export function ReportForm({ slug }: { slug: string }) {
  const t = useTranslations('reports.form');
  const tc = useTranslations('vocab.reportCategory');
  const report = useAppForm(submitReportAction, { schema: loadSchema });
  const { fields } = report;
  const category = fields.category;
  const categoryErrors = useFieldErrors(category);
  const legendId = `${category.id}-legend`;

  return (
    <AppForm of={report}>
      <FormError />
      <HiddenFields values={{ vacancy: slug }} />
      <div className="space-y-6">
        {/* A radiogroup rather than a fieldset: it can carry aria-invalid and is described by its error. */}
        <div>
          <p id={legendId} className={labelClass}>
            {t('category')}
          </p>
          <div role="radiogroup" aria-labelledby={legendId} {...controlAria(category, categoryErrors.length > 0, false)} className="mt-2 grid gap-2 rounded-control">
            {REPORT_CATEGORIES.map((value, i) => (
              <label
                key={value}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-control border border-line bg-surface px-3 py-2 text-[0.9375rem] text-ink-900 hover:border-brand-300 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
              >
                <input
                  key={category.key}
                  id={i === 0 ? category.id : undefined}
                  type="radio"
                  name={category.name}
                  value={value}
                  defaultChecked={category.initialValue === value}
                  className="size-4 shrink-0 accent-brand-700"
                />
                {tc(value)}
              </label>
            ))}
          </div>
          <FieldError meta={category} />
        </div>

        <TextareaField meta={fields.message} label={t('message')} hint={t('messageHint')} rows={5} />
        <TextField meta={fields.email} type="email" label={t('email')} hint={t('emailHint')} autoComplete="email" spellCheck={false} />

        {/* Hidden from people (display: none); form-filling bots find it in the markup and fill it. */}
        <div className="hidden">
          <label>
            {t('honeypot')}
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>

        <SubmitButton pendingLabel={t('pending')} className="w-full sm:w-auto">
          {t('submit')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
