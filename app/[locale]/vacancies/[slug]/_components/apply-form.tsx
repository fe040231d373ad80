'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Field, FormError, LocaleInput, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import type { FormState } from '@/lib/accounts/form-state';
import { applyAction } from '@/lib/applications/public-actions';
import { ApplySchema, CV_ACCEPT, CV_MAX_BYTES } from '@/lib/applications/schemas';
import { EXPERIENCES } from '@/lib/vocabularies';
import { ApplyLanguageRows } from './apply-language-rows';
import { ApplySuccess } from './apply-success';

type Props = {
  vacancyId: string;
  company: string;
  /** When the page was rendered (ms); the action refuses forms sent faster than a person can fill them. */
  startedAt: number;
  /** The employer's preview: shown, never sent. */
  preview?: boolean;
};

const sentToOf = (state: FormState | null) => (state?.ok && 'sentTo' in state && typeof state.sentTo === 'string' ? state.sentTo : null);

/** The on-site application. Posts as a plain form without JavaScript; with it, errors appear in place. */
export function ApplyForm({ vacancyId, company, startedAt, preview = false }: Props) {
  const t = useTranslations('apply.form');
  const te = useTranslations('apply.errors');
  const tv = useTranslations('vocab.experience');
  const [state, action, validate] = useValidatedAction(applyAction, ApplySchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  // A file over the limit is caught before 5 MB travel for nothing; the server checks size and type again.
  const [fileTooLarge, setFileTooLarge] = useState(false);
  const sentTo = sentToOf(state);
  if (sentTo !== null) return <ApplySuccess email={sentTo} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('cvFile');
    const tooLarge = file instanceof File && file.size > CV_MAX_BYTES;
    setFileTooLarge(tooLarge);
    validate(event);
    if (!tooLarge || event.defaultPrevented) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLInputElement>('input[name="cvFile"]')?.focus();
  };
  const fileErrors = fileTooLarge ? [te('cvFileTooLarge')] : f.errorsFor('cvFile');
  // Browsers forget a chosen file once the form is sent; after a refusal for other reasons the candidate is
  // told to choose it again (a refused file has its own error instead).
  const fileToChooseAgain = fileErrors.length ? '' : f.valueOf('cvFileName');

  const optional = (label: string) => `${label} (${t('optional')})`;
  const text = (name: string, label: string, extra: Omit<Parameters<typeof TextField>[0], 'name' | 'label' | 'errors'> = {}) => (
    <TextField name={name} label={label} defaultValue={f.valueOf(name)} errors={f.errorsFor(name)} {...extra} />
  );
  const consentErrors = f.errorsFor('consent');

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="mt-3" aria-describedby="apply-lead">
      <p id="apply-lead" className="mb-4 text-sm text-ink-700">
        {t('lead')}
      </p>
      <FormError message={f.formError} />
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="startedAt" value={f.valueOf('startedAt') || String(startedAt)} />
      <LocaleInput />
      {/* Off-screen trap for form-filling bots; people never see or reach it. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="apply-website">{t('honeypot')}</label>
        <input id="apply-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset key={f.version} disabled={preview} className="space-y-5">
        {text('name', t('name'), { autoComplete: 'name', required: true })}
        {text('email', t('email'), { type: 'email', autoComplete: 'email', spellCheck: false, required: true, hint: t('emailHint') })}
        {text('phone', optional(t('phone')), { type: 'tel', autoComplete: 'tel', inputMode: 'tel', hint: t('phoneHint') })}
        {text('telegram', optional(t('telegram')), { autoComplete: 'off', spellCheck: false, hint: t('telegramHint') })}
        <ApplyLanguageRows errorsFor={f.errorsFor} valueOf={f.valueOf} />
        <Field name="experience" label={optional(t('experience'))} errors={f.errorsFor('experience')}>
          {(control) => (
            <select {...control} defaultValue={f.valueOf('experience')}>
              <option value="">{t('experienceNone')}</option>
              {EXPERIENCES.map((e) => (
                <option key={e} value={e}>
                  {tv(e)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('preferredShifts', optional(t('preferredShifts')), { hint: t('preferredShiftsHint') })}
        <Field name="coverMessage" label={optional(t('coverMessage'))} errors={f.errorsFor('coverMessage')} hint={t('coverMessageHint')}>
          {({ className, ...control }) => (
            <textarea {...control} rows={5} maxLength={2000} defaultValue={f.valueOf('coverMessage')} className={`${className} py-2`} />
          )}
        </Field>
        {text('cvUrl', optional(t('cvUrl')), { type: 'url', inputMode: 'url', spellCheck: false, hint: t('cvUrlHint') })}
        <Field
          name="cvFile"
          label={optional(t('cvFile'))}
          errors={fileErrors}
          hint={fileToChooseAgain ? t('cvFileAgain', { name: fileToChooseAgain }) : t('cvFileHint')}
        >
          {({ className, ...control }) => (
            <input
              {...control}
              type="file"
              accept={CV_ACCEPT}
              onChange={() => setFileTooLarge(false)}
              className={`${className} py-2 text-sm file:mr-3 file:rounded-control file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800`}
            />
          )}
        </Field>

        <div>
          <div className="flex gap-3">
            <input
              id="apply-consent"
              name="consent"
              type="checkbox"
              value="on"
              required
              defaultChecked={f.valueOf('consent') !== ''}
              aria-invalid={consentErrors.length ? true : undefined}
              aria-describedby={consentErrors.length ? 'apply-consent-error' : undefined}
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
            />
            <label htmlFor="apply-consent" className="text-xs leading-relaxed text-ink-700">
              {t('consent', { company })}
            </label>
          </div>
          {consentErrors[0] && (
            <p id="apply-consent-error" className="mt-1.5 text-sm font-medium text-red-700">
              {consentErrors[0]}
            </p>
          )}
        </div>

        {preview ? (
          <p className="rounded-control border border-dashed border-brand-300 bg-brand-50 p-3 text-sm text-ink-700">{t('preview')}</p>
        ) : (
          <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
        )}
      </fieldset>
    </form>
  );
}
