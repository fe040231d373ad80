import { getFormatter, getTranslations } from 'next-intl/server';
import type { DailyPoint } from '@/lib/vacancies/dashboard-queries';

const W = 600;
const H = 160;

/** Views per day as an inline SVG bar chart, summarised for screen readers, with the numbers in a table. */
export async function ViewsChart({ daily }: { daily: DailyPoint[] }) {
  const t = await getTranslations('dashboard.vacancy');
  const format = await getFormatter();
  const max = Math.max(0, ...daily.map((d) => d.views));
  const total = daily.reduce((s, d) => s + d.views, 0);
  const slot = W / Math.max(daily.length, 1);
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });

  return (
    <figure className="mt-6">
      <figcaption className="text-sm font-semibold text-ink-800">{t('chartTitle')}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('chartSummary', { total, max })}
        className="mt-3 h-40 w-full rounded-control border border-line bg-surface"
        preserveAspectRatio="none"
        data-testid="views-chart"
      >
        {daily.map((d, i) => {
          const h = d.views && max ? Math.max(2, (d.views / max) * (H - 16)) : 0;
          return (
            <rect key={d.day} x={i * slot + 2} y={H - h} width={slot - 4} height={h} className="fill-brand-500">
              <title>{`${label(d.day)}: ${d.views}`}</title>
            </rect>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">{t('chartTable')}</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-6">{t('day')}</th>
              <th scope="col" className="pr-6">{t('views')}</th>
              <th scope="col" className="pr-6">{t('applyClicks')}</th>
              <th scope="col">{t('applications')}</th>
            </tr>
          </thead>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="pr-6 font-normal">{label(d.day)}</th>
                <td className="pr-6 tabular-nums">{d.views}</td>
                <td className="pr-6 tabular-nums">{d.applyClicks}</td>
                <td className="tabular-nums">{d.applications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
