import { getFormatter, getTranslations } from 'next-intl/server';
import type { StatCounts, VacancyStats } from '@/lib/vacancies/stats-queries';
import { ClicksHint } from '../../../_components/clicks-hint';

const conversionOf = (c: StatCounts) => (c.views > 0 ? c.applications / c.views : null);

/** Views, apply clicks, applications and conversion: the last 30 days and all time. */
export async function StatTotals({ stats }: { stats: VacancyStats }) {
  const [t, tc, format] = await Promise.all([getTranslations('stats.vacancy'), getTranslations('stats.chart'), getFormatter()]);
  const percent = (value: number | null) => (value === null ? t('conversionNone') : format.number(value, { style: 'percent', maximumFractionDigits: 1 }));
  const rows = [
    { key: 'views', label: tc('views'), last30: format.number(stats.last30.views), total: format.number(stats.totals.views) },
    { key: 'applyClicks', label: tc('applyClicks'), last30: format.number(stats.last30.applyClicks), total: format.number(stats.totals.applyClicks) },
    { key: 'applications', label: tc('applications'), last30: format.number(stats.last30.applications), total: format.number(stats.totals.applications) },
    { key: 'conversion', label: t('conversion'), last30: percent(conversionOf(stats.last30)), total: percent(conversionOf(stats.totals)) },
  ];
  return (
    <table className="mt-4 w-full max-w-xl text-left text-sm">
      <thead>
        <tr className="border-b border-line">
          <td />
          <th scope="col" className="py-2 pr-4 text-right">{t('last30')}</th>
          <th scope="col" className="py-2 text-right">{t('allTime')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-line last:border-0">
            <th scope="row" className="py-2 pr-4 font-medium">
              {r.label}
              {r.key === 'applyClicks' && <ClicksHint id="clicks-hint-vacancy" align="start" />}
            </th>
            <td className="py-2 pr-4 text-right text-lg font-semibold tabular-nums" data-testid={`stat-${r.key}-30`}>{r.last30}</td>
            <td className="py-2 text-right text-lg font-semibold tabular-nums" data-testid={`stat-${r.key}-all`}>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
