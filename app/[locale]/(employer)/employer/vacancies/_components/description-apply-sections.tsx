'use client';

import { useTranslations } from 'next-intl';
import { Fragment, useState, useSyncExternalStore } from 'react';
import { TextareaField, TextField, useFieldErrors } from '@/components/forms';
import { join } from '@/components/ui/join';
import { Markdown } from '@/components/vacancies/markdown';
import { legendClass } from '@/app/[locale]/vacancies/_components/field-styles';
import { APPLY_MODES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { Section } from './fields';

export function DescriptionSection({ fields }: SectionProps) {
  const t = useTranslations('editor');
  const [preview, setPreview] = useState(false);
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const text = String(fields.description.value ?? '');
  return (
    <Section title={t('sections.description')}>
      <TextareaField meta={fields.description} label={`${t('fields.description')} *`} hint={t('fields.descriptionHint')} rows={12} maxLength={10_000} />
      {/* The Markdown preview needs JavaScript; without it the button is not there. */}
      {scripted && (
      <button
        type="button"
        aria-pressed={preview}
        aria-controls="vf-description-preview"
        onClick={() => setPreview(!preview)}
        className={join(
          'min-h-9 rounded-control border px-3.5 text-sm font-semibold',
          preview ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-line-strong text-ink-900 hover:bg-sand-100',
        )}
      >
        {t('fields.preview')}
      </button>
      )}
      <div id="vf-description-preview" aria-live="polite">
        {preview && (
          <div className="rounded-control border border-dashed border-line-strong bg-canvas p-4" data-testid="description-preview">
            {text.trim() ? <Markdown headingLevel={3}>{text}</Markdown> : <p className="text-ink-600">{t('fields.previewEmpty')}</p>}
          </div>
        )}
      </div>
    </Section>
  );
}

const noSubscription = () => () => {};

const PEER = { form: 'peer/form', url: 'peer/url', email: 'peer/email' } as const;

/** The address field of the chosen mode shows by CSS alone (`peer-checked`), so choosing works without JavaScript. */
export function ApplySection({ fields }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const [error] = useFieldErrors(fields.applyMode);
  const chosen = String(fields.applyMode.initialValue ?? 'form');
  return (
    <Section title={t('sections.apply')}>
      <fieldset id={fields.applyMode.id} aria-describedby={error ? fields.applyMode.errorId : undefined}>
        <legend className={legendClass}>{t('fields.applyMode')}</legend>
        <div className="mt-2 flex flex-wrap items-center gap-x-2.5 gap-y-1" key={fields.applyMode.key}>
          {APPLY_MODES.map((mode) => (
            <Fragment key={mode}>
              <input
                type="radio"
                id={`${fields.applyMode.id}-${mode}`}
                name={fields.applyMode.name}
                value={mode}
                defaultChecked={chosen === mode}
                className={join(PEER[mode], 'size-5 accent-brand-700')}
              />
              <label htmlFor={`${fields.applyMode.id}-${mode}`} className="mr-4 flex min-h-9 cursor-pointer items-center text-[0.9375rem] text-ink-800">
                {tv(`applyMode.${mode}`)}
              </label>
            </Fragment>
          ))}
          <div className="mt-3 hidden basis-full peer-checked/url:block">
            <TextField meta={fields.applyUrl} type="url" label={`${t('fields.applyUrl')} *`} placeholder="https://" className="sm:max-w-lg" />
          </div>
          <div className="mt-3 hidden basis-full peer-checked/email:block">
            <TextField meta={fields.applyEmail} type="email" label={`${t('fields.applyEmail')} *`} className="sm:max-w-lg" />
          </div>
        </div>
        {error && (
          <p id={fields.applyMode.errorId} className="mt-1.5 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </fieldset>
    </Section>
  );
}
