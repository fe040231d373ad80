'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { FormError, FormNotice, SubmitButton } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { updateNoticePreferenceAction } from '@/lib/applications/actions';
import { NOTICE_MODES, type NoticeMode } from '@/lib/applications/pipeline-schemas';

/** The member's own choice: a mail per new application, or one daily digest. */
export function NoticePreferenceForm({ mode }: { mode: NoticeMode }) {
  const t = useTranslations('applications.notices');
  const [state, action] = useActionState(updateNoticePreferenceAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const current = f.valueOf('mode') || mode;

  return (
    <form ref={formRef} action={action} className="space-y-4" data-testid="notice-preference">
      <fieldset key={`${f.version}-${mode}`} aria-describedby="notice-hint">
        <legend className="text-base font-bold">{t('heading')}</legend>
        <p id="notice-hint" className="mt-1 text-sm text-ink-600">
          {t('hint')}
        </p>
        <div className="mt-3 space-y-2">
          {NOTICE_MODES.map((m) => (
            <label key={m} className="flex items-start gap-2 text-sm">
              <input type="radio" name="mode" value={m} defaultChecked={current === m} className="mt-0.5 size-4 accent-brand-700" />
              <span>{t(m)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <SubmitButton pendingLabel={t('saving')} className="sm:w-auto">
        {t('save')}
      </SubmitButton>
    </form>
  );
}
