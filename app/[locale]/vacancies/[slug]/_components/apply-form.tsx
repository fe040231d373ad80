'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import {
  AppForm,
  CheckboxField,
  Field,
  FormError,
  HiddenFields,
  LocaleInput,
  SelectField,
  SubmitButton,
  TextField,
  TextareaField,
  useAppForm,
  type FieldMeta,
} from '@/components/forms';
import { join } from '@/components/ui/join';
import { applyAction } from '@/lib/applications/public-actions';
import { CV_ACCEPT } from '@/lib/applications/apply-limits';
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

const loadSchema = () => import('@/lib/applications/apply-form-schema').then((m) => m.ApplyFormSchema);

/** The on-site application. Posts as a plain form without JavaScript; with it, errors appear in place. */
export function ApplyForm({ vacancyId, company, startedAt, preview = false }: Props) {
  const t = useTranslations('apply.form');
  const tv = useTranslations('vocab.experience');
  const apply = useAppForm(applyAction, { schema: loadSchema });
  const languagesHintId = useId();
  const sentTo = apply.reply?.status === 'success' ? apply.reply.data?.sentTo : undefined;
  if (sentTo !== undefined) return <ApplySuccess email={sentTo} />;

  const fields = apply.fields as unknown as Record<string, FieldMeta>;
  const field = (name: string) => fields[name]!;
  // Browsers forget a chosen file once the form is sent; after a refusal for other reasons the candidate is
  // told to choose it again (a refused file has its own error instead).
  const fileToChooseAgain = field('cvFile').errors?.length ? '' : (apply.reply?.data?.cvFileName ?? '');
  const optional = (label: string) => `${label} (${t('optional')})`;
  // The time the form was first shown travels back with a refusal, so a second try is not "too fast".
  const shownAt = typeof field('startedAt').initialValue === 'string' ? (field('startedAt').initialValue as string) : String(startedAt);

  return (
    <AppForm of={apply} className="mt-3" aria-describedby="apply-lead">
      <p id="apply-lead" className="mb-4 text-sm text-ink-700">
        {t('lead')}
      </p>
      <FormError />
      <HiddenFields values={{ vacancyId, startedAt: shownAt }} />
      <LocaleInput />
      {/* Off-screen trap for form-filling bots; people never see or reach it. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="apply-website">{t('honeypot')}</label>
        <input id="apply-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset disabled={preview} className="space-y-5">
        <TextField meta={field('name')} label={t('name')} autoComplete="name" required />
        <TextField meta={field('email')} type="email" label={t('email')} autoComplete="email" spellCheck={false} required hint={t('emailHint')} />
        <TextField meta={field('phone')} type="tel" label={optional(t('phone'))} autoComplete="tel" inputMode="tel" hint={t('phoneHint')} />
        <TextField meta={field('telegram')} label={optional(t('telegram'))} autoComplete="off" spellCheck={false} hint={t('telegramHint')} />
        <ApplyLanguageRows fields={fields} hintId={languagesHintId} />
        <SelectField
          meta={field('experience')}
          label={optional(t('experience'))}
          empty={t('experienceNone')}
          options={EXPERIENCES.map((e) => [e, tv(e)] as const)}
        />
        <TextField meta={field('preferredShifts')} label={optional(t('preferredShifts'))} hint={t('preferredShiftsHint')} />
        <TextareaField meta={field('coverMessage')} label={optional(t('coverMessage'))} hint={t('coverMessageHint')} rows={5} maxLength={2000} />
        <TextField meta={field('cvUrl')} type="url" label={optional(t('cvUrl'))} inputMode="url" spellCheck={false} hint={t('cvUrlHint')} />
        <Field meta={field('cvFile')} label={optional(t('cvFile'))} hint={fileToChooseAgain ? t('cvFileAgain', { name: fileToChooseAgain }) : t('cvFileHint')}>
          {({ className, defaultValue: _file, ...control }) => (
            <input
              {...control}
              type="file"
              accept={CV_ACCEPT}
              className={join(
                className,
                'py-2 text-sm file:mr-3 file:rounded-control file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800',
              )}
            />
          )}
        </Field>
        <CheckboxField meta={field('consent')} label={t('consent', { company })} labelClassName="text-xs leading-relaxed text-ink-700" />

        {preview ? (
          <p className="rounded-control border border-dashed border-brand-300 bg-brand-50 p-3 text-sm text-ink-700">{t('preview')}</p>
        ) : (
          <SubmitButton pendingLabel={t('pending')} className="w-full">
            {t('submit')}
          </SubmitButton>
        )}
      </fieldset>
    </AppForm>
  );
}
