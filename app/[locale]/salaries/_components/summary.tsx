import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { overallView } from '@/lib/salaries/links';
import { MIN_SAMPLE, type Stat } from '@/lib/salaries/types';
import { toCatalogueQuery } from '@/lib/vacancies/search-params';
import type { Currency } from '@/lib/vocabularies';
import { linkClass } from './chart-figure';

type Props = { overall: Stat; live: number; currency: Currency; money: (value: number) => string };

/** The three headline figures: median, typical range, and how many vacancies they stand on. */
export function Summary({ overall, live, currency, money }: Props) {
  const t = useTranslations('salaries');
  const shown = overall.median !== null && overall.p25 !== null && overall.p75 !== null;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="text-xl font-bold sm:text-2xl">
        {t('summary.heading')}
      </h2>
      {shown ? (
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <Card>
            <dt className="text-sm font-medium text-ink-600">{t('summary.median')}</dt>
            <dd className="mt-1 text-2xl font-bold text-ink-950 sm:text-3xl">{t('perMonth', { amount: money(overall.median!) })}</dd>
            <dd className="mt-1 text-sm text-ink-600">{t('summary.medianNote')}</dd>
          </Card>
          <Card>
            <dt className="text-sm font-medium text-ink-600">{t('summary.range')}</dt>
            <dd className="mt-1 text-2xl font-bold text-ink-950 sm:text-3xl">{t('rangeValue', { from: money(overall.p25!), to: money(overall.p75!) })}</dd>
            <dd className="mt-1 text-sm text-ink-600">{t('summary.rangeNote')}</dd>
          </Card>
          <Card>
            <dt className="text-sm font-medium text-ink-600">{t('summary.count')}</dt>
            <dd className="mt-1 text-2xl font-bold text-ink-950 sm:text-3xl">{t('summary.countValue', { count: overall.count, live })}</dd>
            <dd className="mt-1 text-sm text-ink-600">{t('summary.countNote')}</dd>
          </Card>
        </dl>
      ) : (
        <p className="mt-4 text-ink-700">{t('summary.empty', { min: MIN_SAMPLE })}</p>
      )}
      <p className="mt-4">
        <Link href={{ pathname: '/vacancies', query: toCatalogueQuery(overallView(currency)) }} className={linkClass}>
          {t('summary.link')}
        </Link>
      </p>
    </section>
  );
}
