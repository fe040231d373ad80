import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ApplicationListItem } from '@/lib/applications/queries';
import { ApplicationStatusBadge } from './application-status-badge';

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-ink-600';
const td = 'px-3 py-3 align-top';

export function ApplicationTable({ items }: { items: ApplicationListItem[] }) {
  const t = useTranslations('applications.list');
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="border-b border-line bg-sand-50">
          <tr>
            <th scope="col" className={th}>{t('table.candidate')}</th>
            <th scope="col" className={th}>{t('table.vacancy')}</th>
            <th scope="col" className={th}>{t('table.status')}</th>
            <th scope="col" className={th}>{t('table.date')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-line last:border-0" data-testid="application-row" data-application-id={a.id}>
              <th scope="row" className={`${td} text-left font-semibold`}>
                <Link href={`/employer/applications/${a.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {a.erased ? <span className="italic">{t('erased')}</span> : a.name}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
