import { getFormatter, getTranslations } from 'next-intl/server';
import { getCompanyTotals, type StatsActor } from '@/lib/vacancies/stats-queries';

type Props = {
  /** The signed-in user (what requireUser returns); only their companies are counted. */
  actor: StatsActor;
  /** One of the actor's companies; all of them when left out. Another company's id renders nothing. */
  companyId?: string;
  now?: Date;
  /** The heading's level inside the page (h2 by default). */
  headingLevel?: 2 | 3;
};

/** The dashboard's totals over the last 30 days: views, applications, new applications this week, conversion. */
export async function TotalsRow({ actor, companyId, now = new Date(), headingLevel = 2 }: Props) {
  const totals = await getCompanyTotals(actor, companyId, now);
  if (!totals) return null;
  const [t, format] = await Promise.all([getTranslations('stats.totals'), getFormatter()]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const tiles = [
    { key: 'views', label: t('views'), value: format.number(totals.views), note: t('viewsNote') },
    { key: 'applications', label: t('applications'), value: format.number(totals.applications), note: t('applicationsNote') },
    { key: 'week', label: t('week'), value: format.number(totals.applicationsWeek), note: t('weekNote') },
    {
      key: 'conversion',
      label: t('conversion'),
      value: totals.conversion === null ? t('conversionNone') : format.number(totals.conversion, { style: 'percent', maximumFractionDigits: 1 }),
      note: totals.conversion === null ? t('conversionNoViews') : t('conversionNote'),
    },
  ];

  return (
    <section aria-labelledby="totals-heading" data-testid="totals-row">
      <Heading id="totals-heading" className="text-lg font-bold">
        {t('heading')}
      </Heading>
      <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.key} className="flex flex-col rounded-card border border-line bg-surface p-4 shadow-card" data-testid={`total-${tile.key}`}>
            <dt className="text-sm font-medium text-ink-700">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-ink-900 sm:text-3xl">{tile.value}</dd>
            <dd className="mt-1 text-xs text-ink-600">{tile.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
