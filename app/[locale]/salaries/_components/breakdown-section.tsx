import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { CatalogueView } from '@/lib/salaries/links';
import { toCatalogueQuery } from '@/lib/vacancies/search-params';
import { ChartFigure, FigureTable, linkClass, tdClass } from './chart-figure';
import { RangeChart, type RangeRow } from './range-chart';

export type BreakdownRow = RangeRow & { count: number; view: CatalogueView | null };

type Props = {
  id: string;
  title: string;
  lead: string;
  rows: BreakdownRow[];
  axisLabel: string;
  money: (value: number) => string;
  tick: (value: number) => string;
};

/** One breakdown: P25–P75 bars per group, and beneath them the table whose group names open the catalogue. */
export function BreakdownSection({ id, title, lead, rows, axisLabel, money, tick }: Props) {
  const t = useTranslations('salaries');
  const medians = rows.filter((r) => !r.nested && r.median !== null).map((r) => r.median!);
  const summary = medians.length
    ? t('breakdowns.summary', { title, min: money(Math.min(...medians)), max: money(Math.max(...medians)) })
    : t('breakdowns.summaryEmpty', { title });

  return (
    <ChartFigure
      id={id}
      title={title}
      lead={lead}
      summary={summary}
      tableLabel={t('showTable')}
      openTable
      chart={<RangeChart rows={rows} axisLabel={axisLabel} tooFew={t('tooFew')} tick={tick} money={money} />}
      table={
        <FigureTable caption={title} columns={[t('columns.group'), t('columns.median'), t('columns.range'), t('columns.count')]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${tdClass} font-normal ${r.nested ? 'pl-5 text-ink-700' : ''}`}>
                {r.view ? (
                  <Link href={{ pathname: '/vacancies', query: toCatalogueQuery(r.view) }} className={linkClass}>
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </th>
              <td className={tdClass}>{r.median === null ? <span className="text-ink-600">{t('tooFew')}</span> : money(r.median)}</td>
              <td className={tdClass}>{r.p25 === null || r.p75 === null ? '—' : t('rangeValue', { from: money(r.p25), to: money(r.p75) })}</td>
              <td className={tdClass}>{r.count}</td>
            </tr>
          ))}
        </FigureTable>
      }
    />
  );
}
