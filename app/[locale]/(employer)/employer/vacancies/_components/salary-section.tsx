'use client';

import { useTranslations } from 'next-intl';
import { CURRENCIES, SALARY_PERIODS } from '@/lib/vocabularies';
import type { SalaryMarket } from '@/lib/salaries/types';
import type { SectionProps } from './editor-values';
import { SalaryMarketHint } from './salary-market-hint';
import { Check, Group, Section, SelectField, TextField } from './fields';

export function SalarySection({ values, set, market }: SectionProps & { market: SalaryMarket }) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  return (
    <Section title={t('sections.salary')}>
      <p className="text-sm text-ink-600">{t('fields.salaryHint')}</p>
      <SalaryMarketHint
        market={market}
        industry={values.industry}
        schedule={values.schedule}
        languages={values.languages.map((l) => l.language)}
        currency={values.salaryCurrency}
      />
      <div className="grid gap-5 sm:grid-cols-4">
        <TextField path="salaryFrom" label={t('fields.salaryFrom')} inputMode="numeric" value={values.salaryFrom} onValue={(v) => set('salaryFrom', v)} />
        <TextField path="salaryTo" label={t('fields.salaryTo')} inputMode="numeric" value={values.salaryTo} onValue={(v) => set('salaryTo', v)} />
        <SelectField
          path="salaryCurrency"
          label={t('fields.salaryCurrency')}
          value={values.salaryCurrency}
          onValue={(v) => set('salaryCurrency', v)}
          options={CURRENCIES.map((c) => ({ value: c, label: tv(`currency.${c}`) }))}
        />
        <SelectField
          path="salaryPeriod"
          label={t('fields.salaryPeriod')}
          value={values.salaryPeriod}
          onValue={(v) => set('salaryPeriod', v)}
          options={SALARY_PERIODS.map((p) => ({ value: p, label: tv(`salaryPeriod.${p}`) }))}
        />
      </div>
      <Group path="salaryGross" legend={t('fields.salaryGross')}>
        {(['net', 'gross'] as const).map((g) => (
          <Check key={g} type="radio" name="salaryGross" label={t(`fields.${g}`)} checked={values.salaryGross === g} onChecked={() => set('salaryGross', g)} />
        ))}
      </Group>
    </Section>
  );
}
