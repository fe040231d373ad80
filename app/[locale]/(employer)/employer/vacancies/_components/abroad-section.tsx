'use client';

import { useTranslations } from 'next-intl';
import { useFieldErrors } from '@/components/forms';
import { CountryPicker, type CountryOption } from '@/components/forms/country-picker';
import { CONTRACT_TYPES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { ChoiceGroup, Section, Toggle } from './fields';

export function AbroadSection({ fields, countries }: SectionProps & { countries: readonly CountryOption[] }) {
  const t = useTranslations('editor');
  const [error] = useFieldErrors(fields.abroadCountries);
  const initial = fields.abroadCountries.initialValue;
  return (
    <Section title={t('sections.abroad')}>
      <Toggle meta={fields.abroadAllowed} label={t('fields.abroadAllowed')}>
        <CountryPicker
          key={fields.abroadCountries.key}
          multiple
          name={fields.abroadCountries.name}
          id={fields.abroadCountries.id}
          label={t('fields.abroadCountries')}
          hint={t('countries.hint')}
          options={countries}
          defaultValue={Array.isArray(initial) ? initial.map(String) : typeof initial === 'string' ? [initial] : []}
          error={error}
          texts={{ search: t('countries.search'), noMatches: t('countries.noMatches'), remove: (name) => t('countries.remove', { name }) }}
          className="ml-7 sm:max-w-md"
        />
      </Toggle>
    </Section>
  );
}

export function ContractsSection({ fields }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  return (
    <Section title={t('sections.contracts')}>
      <ChoiceGroup meta={fields.contractTypes} legend={`${t('fields.contractTypes')} *`} type="checkbox" options={CONTRACT_TYPES.map((id) => [id, tv(`contractType.${id}`)] as const)} />
    </Section>
  );
}
