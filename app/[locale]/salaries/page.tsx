import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getExchangeRates } from '@/lib/rates/queries';
import { formatMoney } from '@/lib/salary/format';
import { BREAKDOWN_DIMENSIONS, breakdownView, type BreakdownKey } from '@/lib/salaries/links';
import { presentSnapshot } from '@/lib/salaries/present';
import { getSalarySnapshot } from '@/lib/salaries/queries';
import { parseSalariesPageParams } from '@/lib/salaries/schemas';
import { buildPageMetadata } from '@/lib/seo';
import { BreakdownSection, type BreakdownRow } from './_components/breakdown-section';
import { CurrencyForm } from './_components/currency-form';
import { HistogramSection, WeeklySection } from './_components/distribution-sections';
import { Methodology } from './_components/methodology';
import { Summary } from './_components/summary';
import { languageName } from '@/lib/language-name';

// The figures come from a snapshot the salary-insights job refreshes; the page reads one row per request.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'salaries.meta' });
  return buildPageMetadata({ path: '/salaries', locale, title: t('title'), description: t('description') });
}

export default async function SalariesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { currency: wanted, ignored } = parseSalariesPageParams(await searchParams);
  const [snapshot, rates, t, tv, languageLabels, format] = await Promise.all([
    getSalarySnapshot(),
    getExchangeRates(),
    getTranslations('salaries'),
    getTranslations('vocab'),
    getTranslations('vocab.language'),
    getFormatter(),
  ]);
  const view = presentSnapshot(snapshot, wanted, rates);
  const { currency } = view;

  const money = (n: number) => formatMoney(n, currency, locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const tick = (n: number) => compact.format(n);
  const axisLabel = t('axisSalary', { currency: tv(`currency.${currency}`) });
  const weekLabel = (week: string) => format.dateTime(new Date(`${week}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });

  const label = (key: BreakdownKey, id: string): string => {
    const field = BREAKDOWN_DIMENSIONS[key];
    if (field === 'training' || field === 'channel') return t(`groups.${field}.${id}` as 'groups.training.none');
    return tv(`${field}.${id}` as 'schedule.shift');
  };
  const rowsOf = (key: BreakdownKey): BreakdownRow[] =>
    view[key].map((s) => ({ ...s, id: s.key, label: label(key, s.key), view: breakdownView(BREAKDOWN_DIMENSIONS[key], s.key, currency) }));
  const languageRows: BreakdownRow[] = view.byLanguage.flatMap((l) => [
    { ...l, id: l.key, label: languageName(l.key, languageLabels, locale), view: breakdownView('language', l.key, currency) },
    // A level is shown when it has figures of its own; its language row keeps every vacancy either way.
    ...l.levels.filter((level) => level.median !== null).map((level) => ({
      ...level,
      id: `${l.key}-${level.key}`,
      nested: true,
      label: t('groups.level', { level: tv(`languageLevel.${level.key}`) }),
      view: breakdownView('language', l.key, currency),
    })),
  ]);

  const chartProps = { money, tick, axisLabel };
  const sections: { key: 'industry' | 'language' | 'schedule' | 'experience' | 'training' | 'channel'; rows: BreakdownRow[] }[] = [
    { key: 'industry', rows: rowsOf('byIndustry') },
    { key: 'language', rows: languageRows },
    { key: 'schedule', rows: rowsOf('bySchedule') },
    { key: 'experience', rows: rowsOf('byExperience') },
    { key: 'training', rows: rowsOf('byTraining') },
    { key: 'channel', rows: rowsOf('byChannel') },
  ];

  return (
    <>
      <PageIntro eyebrow={t('eyebrow')} title={t('title')} lead={t('lead')}>
        <p className="mt-4 text-sm text-ink-600">
          {t('updated', { time: format.dateTime(new Date(view.computedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Moscow' }) })}
        </p>
        <CurrencyForm currency={currency} />
        {ignored.map(({ param, value }) => (
          <p key={param} role="note" className="mt-4 rounded-control border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-ink-800">
            {t('currency.ignored', { param, value })}
          </p>
        ))}
        {currency !== 'RUB' && <p className="mt-3 text-sm text-ink-600">{t('currency.approximate')}</p>}
      </PageIntro>
      <Container className="space-y-14 py-12 sm:space-y-16 sm:py-16">
        <Summary overall={view.overall} live={view.live} currency={currency} money={money} />
        <HistogramSection histogram={view.histogram} {...chartProps} />
        <WeeklySection weeks={view.weekly} weekLabel={weekLabel} {...chartProps} />
        {sections.map((s) => (
          <BreakdownSection key={s.key} id={s.key} title={t(`breakdowns.${s.key}.heading`)} lead={t(`breakdowns.${s.key}.lead`)} rows={s.rows} {...chartProps} />
        ))}
        <Methodology />
      </Container>
    </>
  );
}
