'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { join } from '@/components/ui/join';
import { Markdown } from '@/components/vacancies/markdown';
import { APPLY_MODES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { Check, Group, Section, TextField } from './fields';

export function DescriptionSection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  const [preview, setPreview] = useState(false);
  return (
    <Section title={t('sections.description')}>
      <TextField
        multiline
        path="description"
        label={t('fields.description')}
        hint={t('fields.descriptionHint')}
        value={values.description}
        onValue={(v) => set('description', v)}
        required
        requiredLabel={t('required')}
      />
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
      <div id="vf-description-preview" aria-live="polite">
        {preview && (
          <div className="rounded-control border border-dashed border-line-strong bg-canvas p-4" data-testid="description-preview">
            {values.description.trim() ? (
              <Markdown headingLevel={3}>{values.description}</Markdown>
            ) : (
              <p className="text-ink-600">{t('fields.previewEmpty')}</p>
            )}
          </div>
        )}
      </div>
    </Section>
  );
}

export function ApplySection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const req = { required: true, requiredLabel: t('required') };
  return (
    <Section title={t('sections.apply')}>
      <Group path="applyMode" legend={t('fields.applyMode')}>
        {APPLY_MODES.map((mode) => (
          <Check key={mode} type="radio" name="applyMode" label={tv(`applyMode.${mode}`)} checked={values.applyMode === mode} onChecked={() => set('applyMode', mode)} />
        ))}
      </Group>
      {values.applyMode === 'url' && (
        <TextField path="applyUrl" type="url" label={t('fields.applyUrl')} value={values.applyUrl} onValue={(v) => set('applyUrl', v)} placeholder="https://" className="sm:max-w-lg" {...req} />
      )}
      {values.applyMode === 'email' && (
        <TextField path="applyEmail" type="email" label={t('fields.applyEmail')} value={values.applyEmail} onValue={(v) => set('applyEmail', v)} className="sm:max-w-lg" {...req} />
      )}
    </Section>
  );
}
