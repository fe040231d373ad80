import { getTranslations } from 'next-intl/server';
import type { StatTotals as Totals } from '@/lib/vacancies/dashboard-queries';

/** Views, apply clicks and applications: all time and the last 30 days. */
export async function StatTotals({ totals, last30 }: { totals: Totals; last30: Totals }) {
  const t = await getTranslations('dashboard.vacancy');
  const keys = ['views', 'applyClicks', 'applications'] as const;
  return (
    <table className="mt-4 w-full max-w-xl text-left text-sm">
      <thead>
        <tr className="border-b border-line">
          <td />
          <th scope="col" className="py-2 pr-4 text-right">{t('last30')}</th>
          <th scope="col" className="py-2 text-right">{t('totals')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k} className="border-b border-line last:border-0">
            <th scope="row" className="py-2 pr-4 font-medium">{t(k)}</th>
            <td className="py-2 pr-4 text-right text-lg font-semibold tabular-nums" data-testid={`stat-${k}-30`}>{last30[k]}</td>
            <td className="py-2 text-right text-lg font-semibold tabular-nums">{totals[k]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
