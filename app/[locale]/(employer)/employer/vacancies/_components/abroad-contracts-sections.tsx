'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CONTRACT_TYPES } from '@/lib/vocabularies';
import type { SectionProps } from './editor-values';
import { Check, Group, Section, TextField } from './fields';

/** «kz, by am» → ['KZ', 'BY', 'AM']; the schema reports anything that is not two letters. */
const parseCountries = (raw: string) => raw.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());

export function AbroadSection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  // The typed text is kept as is (commas, spaces); the list of codes is derived from it.
  const [raw, setRaw] = useState(values.abroadCountries.join(', '));
  return (
    <Section title={t('sections.abroad')}>
      <Check path="abroadAllowed" label={t('fields.abroadAllowed')} checked={values.abroadAllowed} onChecked={(v) => set('abroadAllowed', v)} />
      {values.abroadAllowed && (
        <TextField
          path="abroadCountries"
          label={t('fields.abroadCountries')}
          hint={t('fields.abroadCountriesHint')}
          value={raw}
          autoCapitalize="characters"
          className="ml-7 sm:max-w-md"
          onValue={(v) => {
            setRaw(v);
            set('abroadCountries', parseCountries(v));
          }}
        />
      )}
    </Section>
  );
}

export function ContractsSection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const toggle = (id: string, on: boolean) =>
    set('contractTypes', on ? [...values.contractTypes, id] : values.contractTypes.filter((c) => c !== id));
  return (
    <Section title={t('sections.contracts')}>
      <Group path="contractTypes" legend={`${t('fields.contractTypes')} *`}>
        {CONTRACT_TYPES.map((id) => (
          <Check key={id} label={tv(`contractType.${id}`)} checked={values.contractTypes.includes(id)} onChecked={(on) => toggle(id, on)} />
        ))}
      </Group>
    </Section>
  );
}
