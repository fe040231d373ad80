'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/salary/format';
import { canConvert, inCurrency } from '@/lib/salaries/convert';
import { indexCells, marketLines } from '@/lib/salaries/lookup';
import { MIN_SAMPLE, type SalaryMarket } from '@/lib/salaries/types';
import { CURRENCIES, type Currency } from '@/lib/vocabularies';
import { languageName } from '@/lib/language-name';

type Props = { market: SalaryMarket; industry: string; schedule: string; languages: string[]; currency: string };

/** The market range for the industry, schedule and languages chosen so far, in the salary's currency; updates as they change. */
export function SalaryMarketHint({ market, industry, schedule, languages, currency }: Props) {
  const t = useTranslations('salaryHint');
  const tv = useTranslations('vocab');
  const languageLabels = useTranslations('vocab.language');
  const locale = useLocale();
  const index = useMemo(() => indexCells(market.cells), [market.cells]);
  const { rates } = market;
  const wanted = (CURRENCIES as readonly string[]).includes(currency) ? (currency as Currency) : 'RUB';
  const shown: Currency = canConvert(wanted, rates) ? wanted : 'RUB';
  const money = (rub: number) => formatMoney(inCurrency(rub, shown, rates), shown, locale);
  const lines = marketLines(index, { industry, schedule, languages });
  // Russian writes these names in lower case mid-sentence; English keeps its capitals.
  const lower = (text: string) => (locale === 'ru' ? text.toLocaleLowerCase('ru') : text);
  const label = (field: 'industry' | 'schedule', id: string) => {
    const key = `${field}.${id}`;
    return tv.has(key as 'industry.other') ? tv(key as 'industry.other') : id;
  };

  return (
    <div className="rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-ink-900">
      <p className="font-semibold">{t('heading')}</p>
      {/* Only the figures are announced as the industry, schedule or languages change. */}
      <div aria-live="polite">
        {!industry ? (
          <p className="mt-1 text-ink-700">{t('choose')}</p>
        ) : lines.length === 0 ? (
          <p className="mt-1 text-ink-700">{t('noData', { min: MIN_SAMPLE })}</p>
        ) : (
          <>
            <p className="mt-1 text-ink-700">{t('lead')}</p>
            <ul className="mt-2 space-y-1">
              {lines.map((line) => {
                const values = {
                  industry: label('industry', line.industry),
                  schedule: line.schedule ? lower(label('schedule', line.schedule)) : '',
                  language: line.language ? lower(languageName(line.language, languageLabels, locale)) : '',
                };
                const scope = line.language
                  ? t(line.schedule ? 'scopeLanguageSchedule' : 'scopeLanguage', values)
                  : t(line.schedule ? 'scopeIndustrySchedule' : 'scopeIndustry', values);
                return (
                  <li key={`${line.language}-${line.schedule}`}>
                    <span className="text-ink-700">{scope}: </span>
                    <span className="font-semibold tabular-nums">{t('line', { p25: money(line.p25), p75: money(line.p75), median: money(line.median) })}</span>
                    <span className="text-ink-600"> · {t('count', { count: line.count })}</span>
                  </li>
                );
              })}
            </ul>
            {shown !== 'RUB' && <p className="mt-2 text-xs text-ink-600">{t('approximate')}</p>}
          </>
        )}
      </div>
      <p className="mt-2">
        <Link href="/salaries" target="_blank" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
          {t('link')}
          <span className="sr-only"> {t('newTab')}</span>
        </Link>
      </p>
    </div>
  );
}
