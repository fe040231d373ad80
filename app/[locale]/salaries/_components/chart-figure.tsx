import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  lead?: string;
  /** What the picture shows, in words (read instead of the SVG). */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table; `openTable` shows it without a click. */
  table: ReactNode;
  tableLabel: string;
  openTable?: boolean;
};

/** A titled chart with its figures as an accessible table beneath (in a disclosure unless `openTable`). */
export function ChartFigure({ id, title, lead, summary, chart, table, tableLabel, openTable }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className="scroll-mt-24">
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {lead && <p className="mt-2 max-w-3xl text-ink-700">{lead}</p>}
      <figure aria-labelledby={`${id}-heading`} className="mt-4 rounded-card border border-line bg-surface p-4 shadow-card sm:p-6">
        <div role="img" aria-label={summary}>
          {chart}
        </div>
        {openTable ? (
          <div className="mt-4 overflow-x-auto">{table}</div>
        ) : (
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer rounded font-medium text-brand-800">{tableLabel}</summary>
            <div className="mt-3 overflow-x-auto">{table}</div>
          </details>
        )}
      </figure>
    </section>
  );
}

const tableClass = 'w-full border-collapse text-left text-sm';
const thClass = 'border-b border-line-strong py-2 pr-4 font-semibold text-ink-800';
export const tdClass = 'border-b border-line py-2 pr-4 tabular-nums text-ink-900';
export const linkClass = 'font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900';

/** A chart's figures as a table: a caption for screen readers, one header row, the rows given. */
export function FigureTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <table className={tableClass}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className={thClass}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
