import { getFormatter, getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import { barPercent, countTicks, labelledDays, tooltipSide } from '@/lib/vacancies/stats-chart';
import type { VacancyStats } from '@/lib/vacancies/stats-queries';
import { ChartKeys } from './chart-keys';

const SIDE = {
  start: 'left-0',
  center: 'left-1/2 -translate-x-1/2',
  end: 'right-0',
} as const;

/**
 * Views and applications per day: light bars for views with the applications' dark bars inside them, on one
 * count scale. Server-rendered HTML (text stays legible at any width); each day is a list item whose accessible
 * name says its numbers and whose tooltip shows them on hover and on focus. The same numbers are in a table.
 */
export async function ViewsChart({ stats }: { stats: VacancyStats }) {
  const [t, format] = await Promise.all([getTranslations('stats.chart'), getFormatter()]);
  const { daily } = stats;
  const n = daily.length;
  // The days are the site's calendar days: formatted as dates, not as instants in some zone.
  const date = (day: string, options: Pick<Intl.DateTimeFormatOptions, 'weekday' | 'day' | 'month'>) => format.dateTime(new Date(`${day}T12:00:00Z`), { ...options, timeZone: 'UTC' });
  const short = (day: string) => date(day, { day: 'numeric', month: 'short' });
  const long = (day: string) => date(day, { weekday: 'short', day: 'numeric', month: 'short' });

  const views = daily.reduce((s, d) => s + d.views, 0);
  const applications = daily.reduce((s, d) => s + d.applications, 0);
  const max = Math.max(0, ...daily.map((d) => Math.max(d.views, d.applications)));
  const ticks = countTicks(max);
  const top = ticks.at(-1)!;
  // About six dates fit under the chart on a desktop, three on a phone.
  const wide = labelledDays(n, 6);
  const narrow = labelledDays(n, 3);
  const empty = views === 0 && applications === 0;

  return (
    <figure className="mt-8" data-testid="views-chart">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <figcaption className="font-semibold text-ink-900">{t('title')}</figcaption>
        {n > 0 && !empty && <p className="text-sm text-ink-600">{t('range', { from: short(daily[0]!.day), to: short(daily[n - 1]!.day) })}</p>}
      </div>

      {empty ? (
        <p className="mt-3 rounded-card border border-dashed border-line-strong bg-sand-50 px-5 py-10 text-center text-ink-700" data-testid="views-chart-empty">
          {stats.everPublished ? t('emptyPublished') : t('emptyUnpublished')}
        </p>
      ) : (
        <>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-700">
            <li className="flex items-center gap-2">
              <span aria-hidden="true" className="size-3 rounded-sm border border-brand-300 bg-brand-200" />
              {t('legendViews')}
            </li>
            <li className="flex items-center gap-2">
              <span aria-hidden="true" className="size-3 rounded-sm bg-brand-700" />
              {t('legendApplications')}
            </li>
          </ul>
          <p className="sr-only">{t('summary', { days: n, views, applications, max: daily.reduce((m, d) => Math.max(m, d.views), 0) })}</p>

          <div className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
            {/* The count axis: round ticks from 0, with gridlines across the plot. */}
            <div aria-hidden="true" className="relative h-48 min-w-5 sm:h-56" data-testid="views-chart-axis">
              {ticks.map((tick) => (
                <span key={tick} className="absolute right-0 translate-y-1/2 text-xs leading-none text-ink-600 tabular-nums" style={{ bottom: `${(tick / top) * 100}%` }}>
                  {format.number(tick)}
                </span>
              ))}
            </div>
            <div className="relative h-48 border-b border-ink-400 sm:h-56">
              {ticks.slice(1).map((tick) => (
                <div key={tick} aria-hidden="true" className="absolute inset-x-0 border-t border-sand-200" style={{ bottom: `${(tick / top) * 100}%` }} />
              ))}
              <ChartKeys>
                <ol className="absolute inset-0 flex" data-testid="views-chart-days">
                  {daily.map((d, i) => {
                    const viewsHeight = barPercent(d.views, top);
                    const appsHeight = barPercent(d.applications, top);
                    const tall = Math.max(viewsHeight, appsHeight) > 62;
                    return (
                      <li
                        key={d.day}
                        data-day={d.day}
                        tabIndex={i === n - 1 ? 0 : -1}
                        aria-label={t('point', { day: short(d.day), views: d.views, applications: d.applications })}
                        className="group relative h-full min-w-0 flex-1 outline-none hover:bg-sand-100 focus-visible:bg-accent-50 focus-visible:outline-2 focus-visible:outline-focus"
                      >
                        <span aria-hidden="true" className="absolute bottom-0 left-1/2 w-[76%] max-w-12 -translate-x-1/2 rounded-t-[3px] bg-brand-200 group-hover:bg-brand-300 group-focus-visible:bg-brand-300" style={{ height: `${viewsHeight}%` }} />
                        <span aria-hidden="true" className="absolute bottom-0 left-1/2 w-[40%] max-w-6 -translate-x-1/2 rounded-t-[3px] bg-brand-700" style={{ height: `${appsHeight}%` }} />
                        <span
                          aria-hidden="true"
                          className={cx(
                            'pointer-events-none absolute z-10 hidden rounded-control bg-ink-900 px-2.5 py-1.5 text-xs leading-snug whitespace-nowrap text-white shadow-raised group-hover:block group-focus-visible:block',
                            SIDE[tooltipSide(i, n)],
                          )}
                          style={tall ? { top: '0.25rem' } : { bottom: `calc(${Math.max(viewsHeight, appsHeight)}% + 0.4rem)` }}
                        >
                          <span className="block font-semibold">{long(d.day)}</span>
                          <span className="block">{t('tipViews', { count: d.views })}</span>
                          <span className="block">{t('tipApplications', { count: d.applications })}</span>
                        </span>
                      </li>
                    );
                  })}
                </ol>
              </ChartKeys>
            </div>
            <div />
            {/* Dates under the columns: the latest day and every few days before it. */}
            <div aria-hidden="true" className="relative mt-1.5 h-4">
              {daily.map((d, i) => {
                if (!wide.has(i) && !narrow.has(i)) return null;
                const side = tooltipSide(i, n);
                const left = side === 'start' ? (i / n) * 100 : side === 'end' ? ((i + 1) / n) * 100 : ((i + 0.5) / n) * 100;
                return (
                  <span
                    key={d.day}
                    className={cx(
                      'absolute top-0 text-xs leading-none whitespace-nowrap text-ink-600',
                      side === 'center' && '-translate-x-1/2',
                      side === 'end' && '-translate-x-full',
                      !narrow.has(i) && 'hidden sm:block',
                      !wide.has(i) && 'sm:hidden',
                    )}
                    style={{ left: `${left}%` }}
                  >
                    {short(d.day)}
                  </span>
                );
              })}
            </div>
          </div>
        </>
      )}

      {!empty && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-800">{t('table')}</summary>
          <div className="mt-2">
            <table className="w-full max-w-md text-left">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1.5 pr-4">{t('day')}</th>
                  <th scope="col" className="py-1.5 pr-4 text-right">{t('views')}</th>
                  <th scope="col" className="py-1.5 pr-4 text-right">{t('applyClicks')}</th>
                  <th scope="col" className="py-1.5 text-right">{t('applications')}</th>
                </tr>
              </thead>
              <tbody>
                {[...daily].reverse().map((d) => (
                  <tr key={d.day} className="border-b border-line last:border-0">
                    <th scope="row" className="py-1.5 pr-4 font-normal">{long(d.day)}</th>
                    <td className="py-1.5 pr-4 text-right tabular-nums">{d.views}</td>
                    <td className="py-1.5 pr-4 text-right tabular-nums">{d.applyClicks}</td>
                    <td className="py-1.5 text-right tabular-nums">{d.applications}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
