import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ApplicationListItem } from '@/lib/applications/queries';
import { ApplicationStatusBadge } from './application-status-badge';
import { BULK_FORM_ID, SelectAllRows } from './bulk-status-form';

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-ink-600';
const td = 'px-3 py-3 align-top';

/** The list's rows; each links to its application with the list's filters (`context`), for next and previous there. */
export function ApplicationTable({ items, context }: { items: ApplicationListItem[]; context: string }) {
  const t = useTranslations('applications');
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{t('list.table.caption')}</caption>
        <thead className="border-b border-line bg-sand-50">
          <tr>
            <td className="w-10 py-2 pr-0 pl-3">
              <SelectAllRows label={t('bulk.selectAll')} />
            </td>
            <th scope="col" className={th}>{t('list.table.candidate')}</th>
            <th scope="col" className={th}>{t('list.table.vacancy')}</th>
            <th scope="col" className={th}>{t('list.table.status')}</th>
            <th scope="col" className={th}>{t('list.table.date')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const name = a.name ?? t('list.erased');
            const frozen = a.erased || a.status === 'withdrawn';
            return (
              <tr key={a.id} className="border-b border-line last:border-0" data-testid="application-row" data-application-id={a.id}>
                <td className="w-10 py-3 pr-0 pl-3 align-top">
                  {/* Keyed by status: a row that was moved comes back unticked, one that could not be keeps its tick. */}
                  <input
                    key={a.status}
                    type="checkbox"
                    name="ids"
                    value={a.id}
                    form={BULK_FORM_ID}
                    disabled={frozen}
                    aria-label={t('bulk.select', { name })}
                    className="mt-0.5 size-4 accent-brand-700"
                  />
                </td>
                <th scope="row" className={`${td} text-left font-semibold`}>
                  <Link href={`/employer/applications/${a.id}${context ? `?${context}` : ''}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {a.erased ? <span className="italic">{name}</span> : name}
                  </Link>
                  {a.email && <span className="mt-0.5 block break-words text-xs font-normal text-ink-600">{a.email}</span>}
                </th>
                <td className={td}>{a.vacancyTitle}</td>
                <td className={td}>
                  <ApplicationStatusBadge status={a.status} />
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  <time dateTime={a.createdAt.toISOString()}>{format.dateTime(a.createdAt, { dateStyle: 'medium' })}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
