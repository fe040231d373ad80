import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { getExchangeRates } from '@/lib/rates/queries';
import { formatMoney } from '@/lib/salary/format';
import { canConvert, shownComparison } from '@/lib/salaries/convert';
import { compareWithMarket, indexCells } from '@/lib/salaries/lookup';
import { getSalarySnapshot } from '@/lib/salaries/queries';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import type { Currency } from '@/lib/vocabularies';
import { Section } from '@/components/vacancies/detail/section';
import { languageName } from '@/lib/language-name';

type Props = { vacancy: Pick<VacancyDetail, 'industry' | 'languages' | 'salary'>; currency: Currency };

const BADGE = {
  below: 'border-accent-200 bg-accent-50 text-accent-700',
  around: 'border-brand-200 bg-brand-50 text-brand-800',
  above: 'border-brand-300 bg-brand-100 text-brand-900',
} as const;

/**
 * "Compared with similar vacancies": where this salary stands among open vacancies of the same industry and
 * support language (lib/salaries/lookup.ts). Renders nothing without a salary or without enough data.
 */
export async function SalaryComparison({ vacancy, currency: wanted }: Props) {
  const salary = vacancy.salary;
  if (!salary || salary.minRub === null || salary.maxRub === null) return null;
  const [snapshot, rates, locale] = await Promise.all([getSalarySnapshot(), getExchangeRates(), getLocale()]);
  const comparison = compareWithMarket(indexCells(snapshot.cells), { industry: vacancy.industry, languages: vacancy.languages, minRub: salary.minRub, maxRub: salary.maxRub });
  if (!comparison) return null;

  const [t, tv, languageLabels] = await Promise.all([
    getTranslations('salaries.comparison'),
    getTranslations('vocab'),
    getTranslations('vocab.language'),
  ]);
  const currency = canConvert(wanted, rates) ? wanted : 'RUB';
  const { cell } = comparison;
  const shown = shownComparison(comparison.value, cell, currency, rates);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const industry = tv(`industry.${cell.industry}`);
  const language = cell.language && languageName(cell.language, languageLabels, locale);
  const scope = language ? t('scopeLanguage', { industry, language: locale === 'ru' ? language.toLocaleLowerCase('ru') : language }) : t('scopeIndustry', { industry });

  // The band on a scale from 0 to a little past the larger of P75 and this salary.
  const max = Math.max(shown.p75, shown.value) * 1.15;
  const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(1)}%`;

  return (
    <Section id="salary-comparison" title={t('heading')} className="mt-10">
      <Card>
        <p>
          <span className={`inline-block rounded-full border px-3 py-1 text-sm font-semibold ${BADGE[shown.position]}`}>{t(shown.position)}</span>
        </p>
        <p className="mt-3 text-ink-900">{t('value', { value: money(shown.value) })}</p>
        <p className="mt-1 text-ink-800">
          {t('range', { scope, p25: money(shown.p25), p75: money(shown.p75), median: money(shown.median) })} {t('count', { count: cell.count })}.
        </p>
        <div aria-hidden="true" className="relative mt-4 h-6 rounded-full bg-sand-100">
          <div className="absolute inset-y-1 rounded-full bg-brand-200" style={{ left: pct(shown.p25), width: `calc(${pct(shown.p75)} - ${pct(shown.p25)})` }} />
          <div className="absolute inset-y-0 w-0.5 bg-brand-800" style={{ left: pct(shown.median) }} />
          <div className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-surface bg-accent-600" style={{ left: pct(shown.value) }} />
        </div>
        <p className="mt-3 text-sm text-ink-600">{t('approximate')}</p>
        <p className="mt-2 text-sm">
          <Link href={{ pathname: '/salaries', query: currency === 'RUB' ? {} : { currency } }} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
            {t('link')}
          </Link>
        </p>
      </Card>
    </Section>
  );
}
