'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/forms';
import { CURRENCIES, SALARY_PERIODS } from '@/lib/vocabularies';
import type { SalaryMarket } from '@/lib/salaries/types';
import type { SectionProps } from './editor-values';
import { ChoiceGroup, Section } from './fields';
import { SalaryMarketHint } from './salary-market-hint';

export function SalarySection({ fields, market }: SectionProps & { market: SalaryMarket }) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const languages = fields.languages.getFieldList().map((row) => String(row.getFieldset().language.value ?? '')).filter(Boolean);
  return (
    <Section title={t('sections.salary')}>
      <p className="text-sm text-ink-600">{t('fields.salaryHint')}</p>
      <SalaryMarketHint
        market={market}
        industry={String(fields.industry.value ?? '')}
        schedule={String(fields.schedule.value ?? '')}
        languages={languages}
        currency={String(fields.salaryCurrency.value ?? '')}
      />
      <div className="grid gap-5 sm:grid-cols-4">
        <TextField meta={fields.salaryFrom} label={t('fields.salaryFrom')} inputMode="numeric" />
        <TextField meta={fields.salaryTo} label={t('fields.salaryTo')} inputMode="numeric" />
        <SelectField meta={fields.salaryCurrency} label={t('fields.salaryCurrency')} options={CURRENCIES.map((c) => [c, tv(`currency.${c}`)] as const)} />
        <SelectField meta={fields.salaryPeriod} label={t('fields.salaryPeriod')} options={SALARY_PERIODS.map((p) => [p, tv(`salaryPeriod.${p}`)] as const)} />
      </div>
      <ChoiceGroup meta={fields.salaryGross} legend={t('fields.salaryGross')} type="radio" options={(['net', 'gross'] as const).map((g) => [g, t(`fields.${g}`)] as const)} />
    </Section>
  );
}
