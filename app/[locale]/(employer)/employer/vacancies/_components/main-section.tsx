'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/forms';
import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { Section } from './fields';

export function MainSection({ fields }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  // Only the title is needed for a draft; the starred rest before sending to review.
  const req = (label: string) => `${label} *`;
  return (
    <Section title={t('sections.main')}>
      <TextField meta={fields.title} label={req(t('fields.title'))} hint={t('fields.titleHint')} maxLength={120} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField meta={fields.industry} label={req(t('fields.industry'))} empty={t('choose')} options={INDUSTRIES.map((id) => [id, tv(`industry.${id}`)] as const)} />
        <SelectField meta={fields.employment} label={req(t('fields.employment'))} empty={t('choose')} options={EMPLOYMENTS.map((id) => [id, tv(`employment.${id}`)] as const)} />
        <SelectField meta={fields.experience} label={req(t('fields.experience'))} empty={t('choose')} options={EXPERIENCES.map((id) => [id, tv(`experience.${id}`)] as const)} />
      </div>
    </Section>
  );
}
