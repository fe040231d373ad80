'use client';

import { useTranslations } from 'next-intl';
import { AppForm, controlAria, FieldError, FormError, FormNotice, SubmitButton, useAppForm, useFieldErrors } from '@/components/forms';
import { updateNoticePreferenceAction } from '@/lib/applications/actions';
import { NOTICE_MODES, NoticePreferenceSchema, type NoticeMode } from '@/lib/applications/pipeline-schemas';

/** The member's own choice: a mail per new application, or one daily digest. */
export function NoticePreferenceForm({ mode }: { mode: NoticeMode }) {
  const t = useTranslations('applications.notices');
  const notices = useAppForm(updateNoticePreferenceAction, { schema: NoticePreferenceSchema, id: 'notice-preference', defaultValue: { mode } });
  const field = notices.fields.mode;
  const errors = useFieldErrors(field);
  const current = typeof field.initialValue === 'string' ? field.initialValue : mode;

  return (
    <AppForm of={notices} className="space-y-4" data-testid="notice-preference">
      <fieldset key={field.key} aria-describedby="notice-hint">
        <legend className="text-base font-bold">{t('heading')}</legend>
        <p id="notice-hint" className="mt-1 text-sm text-ink-600">
          {t('hint')}
        </p>
        <div className="mt-3 space-y-2">
          {NOTICE_MODES.map((m) => (
            <label key={m} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={field.name}
                value={m}
                defaultChecked={current === m}
                {...controlAria(field, errors.length > 0, false)}
                className="mt-0.5 size-4 accent-brand-700"
              />
              <span>{t(m)}</span>
            </label>
          ))}
        </div>
        <FieldError meta={field} />
      </fieldset>
      <FormError />
      <FormNotice />
      <SubmitButton pendingLabel={t('saving')} className="sm:w-auto">
        {t('save')}
      </SubmitButton>
    </AppForm>
  );
}
