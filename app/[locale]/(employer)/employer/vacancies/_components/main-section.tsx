'use client';

import { useTranslations } from 'next-intl';
import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { Section, SelectField, TextField } from './fields';

export function MainSection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const req = { required: true, requiredLabel: t('required') };
  return (
    <Section title={t('sections.main')}>
      <TextField path="title" label={t('fields.title')} hint={t('fields.titleHint')} value={values.title} onValue={(v) => set('title', v)} maxLength={120} {...req} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          path="industry"
          label={t('fields.industry')}
          value={values.industry}
          onValue={(v) => set('industry', v)}
          placeholder={t('choose')}
          options={INDUSTRIES.map((id) => ({ value: id, label: tv(`industry.${id}`) }))}
          {...req}
        />
        <SelectField
          path="employment"
          label={t('fields.employment')}
          value={values.employment}
          onValue={(v) => set('employment', v)}
          placeholder={t('choose')}
          options={EMPLOYMENTS.map((id) => ({ value: id, label: tv(`employment.${id}`) }))}
          {...req}
        />
        <SelectField
          path="experience"
          label={t('fields.experience')}
          value={values.experience}
          onValue={(v) => set('experience', v)}
          placeholder={t('choose')}
          options={EXPERIENCES.map((id) => ({ value: id, label: tv(`experience.${id}`) }))}
          {...req}
        />
      </div>
    </Section>
  );
}
