import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { binView } from '@/lib/salaries/links';
import { MIN_SAMPLE, type Histogram, type HistogramBin, type WeekStat } from '@/lib/salaries/types';
import { toCatalogueQuery } from '@/lib/vacancies/search-params';
import { ChartFigure, FigureTable, linkClass, tdClass } from './chart-figure';
import { HistogramChart } from './histogram-chart';
import { WeeklyChart } from './weekly-chart';

type Format = { money: (value: number) => string; tick: (value: number) => string; axisLabel: string };

export function HistogramSection({ histogram, money, tick, axisLabel }: { histogram: Histogram } & Format) {
  const t = useTranslations('salaries');
  const binLabel = (b: HistogramBin) =>
    b.to === null ? t('histogram.above', { from: money(b.from) }) : b.from === 0 ? t('histogram.below', { to: money(b.to) }) : t('histogram.between', { from: money(b.from), to: money(b.to) });
  const top = histogram.bins.reduce<HistogramBin | null>((best, b) => (!best || b.count > best.count ? b : best), null);
  const total = histogram.bins.reduce((n, b) => n + b.count, 0);
  if (!top) {
    // Too few salaries for a histogram: the section stays, and says so, like the others.
    return (
      <section aria-labelledby="distribution-heading">
        <h2 id="distribution-heading" className="text-xl font-bold sm:text-2xl">
          {t('histogram.heading')}
        </h2>
        <p className="mt-2 max-w-3xl text-ink-700">{t('summary.empty', { min: MIN_SAMPLE })}</p>
      </section>
    );
  }

  return (
    <ChartFigure
      id="distribution"
      title={t('histogram.heading')}
      lead={t('histogram.lead')}
      summary={t('histogram.summary', { count: total, top: binLabel(top), topCount: top.count })}
      tableLabel={t('showTable')}
      chart={<HistogramChart bins={histogram.bins} axisLabel={axisLabel} countLabel={t('axisCount')} tick={tick} binLabel={binLabel} />}
      table={
        <>
          <FigureTable caption={t('histogram.heading')} columns={[t('columns.salary'), t('columns.count')]}>
            {histogram.bins.map((b) => (
              <tr key={b.from}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link href={{ pathname: '/vacancies', query: toCatalogueQuery(binView(b, histogram.currency)) }} className={linkClass}>
                    {binLabel(b)}
                  </Link>
                </th>
                <td className={tdClass}>{b.count}</td>
              </tr>
            ))}
          </FigureTable>
          <p className="mt-3 text-ink-600">{t('histogram.note')}</p>
        </>
      }
    />
  );
}

export function WeeklySection({ weeks, money, tick, axisLabel, weekLabel }: { weeks: WeekStat[]; weekLabel: (week: string) => string } & Format) {
  const t = useTranslations('salaries');
  const medians = weeks.filter((w) => w.median !== null).map((w) => w.median!);
  const summary = medians.length
    ? t('weekly.summary', { weeks: weeks.length, min: money(Math.min(...medians)), max: money(Math.max(...medians)) })
    : t('weekly.summaryEmpty', { min: MIN_SAMPLE });
  const last = weeks.length - 1;

  return (
    <ChartFigure
      id="weekly"
      title={t('weekly.heading')}
      lead={t('weekly.lead')}
      summary={summary}
      tableLabel={t('showTable')}
      chart={<WeeklyChart weeks={weeks} axisLabel={axisLabel} tick={tick} weekLabel={weekLabel} />}
      table={
        <FigureTable caption={t('weekly.heading')} columns={[t('columns.week'), t('columns.median'), t('columns.range'), t('columns.count')]}>
          {weeks.map((w, i) => (
            <tr key={w.week}>
              <th scope="row" className={`${tdClass} font-normal`}>
                {i === last ? t('weekly.current', { week: weekLabel(w.week) }) : weekLabel(w.week)}
              </th>
              <td className={tdClass}>{w.median === null ? <span className="text-ink-600">{t('tooFew')}</span> : money(w.median)}</td>
              <td className={tdClass}>{w.p25 === null || w.p75 === null ? '—' : t('rangeValue', { from: money(w.p25), to: money(w.p75) })}</td>
              <td className={tdClass}>{w.count}</td>
            </tr>
          ))}
        </FigureTable>
      }
    />
  );
}
