import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { DashboardVacancy } from '@/lib/vacancies/dashboard-queries';
import { ClicksHint } from './clicks-hint';
import { StatusBadge } from './status-badge';

const dateStyle = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-ink-600';
const td = 'px-3 py-3 align-top';

/** The vacancies with a checkbox each (named `vacancyId`, so the surrounding bulk form posts them). */
export function VacancyTable({ vacancies }: { vacancies: DashboardVacancy[] }) {
  const t = useTranslations('dashboard.table');
  const format = useFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, dateStyle) : '—');

  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-line bg-sand-50">
          <tr>
            <th scope="col" className={th}>
              <span className="sr-only">{t('select')}</span>
            </th>
            <th scope="col" className={th}>{t('title')}</th>
            <th scope="col" className={th}>{t('status')}</th>
            <th scope="col" className={th}>{t('published')}</th>
            <th scope="col" className={th}>{t('expires')}</th>
            <th scope="col" className={`${th} text-right`}>{t('views')}</th>
            <th scope="col" className={`${th} text-right`}>
              {t('applyClicks')}
              <ClicksHint id="clicks-hint-table" />
            </th>
            <th scope="col" className={`${th} text-right`}>{t('applications')}</th>
          </tr>
        </thead>
        <tbody>
          {vacancies.map((v) => (
            <tr key={v.id} className="border-b border-line last:border-0" data-testid="dashboard-row" data-vacancy-id={v.id}>
              <td className={td}>
                <input
                  type="checkbox"
                  name="vacancyId"
                  value={v.id}
                  aria-label={t('selectVacancy', { title: v.title })}
                  className="size-5 accent-brand-700"
                />
              </td>
              <th scope="row" className={`${td} text-left font-semibold`}>
                <Link href={`/employer/vacancies/${v.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {v.title}
                </Link>
                {v.hasRevision && (
                  <span className="mt-1 block text-xs font-medium text-accent-700" data-testid="revision-marker">
                    {t('revision')}
                  </span>
                )}
              </th>
              <td className={td}>
                <StatusBadge status={v.status} />
              </td>
              <td className={`${td} whitespace-nowrap`}>{date(v.publishedAt)}</td>
              <td className={`${td} whitespace-nowrap`}>{date(v.expiresAt)}</td>
              <td className={`${td} text-right tabular-nums`}>{v.stats30.views}</td>
              <td className={`${td} text-right tabular-nums`}>{v.stats30.applyClicks}</td>
              <td className={`${td} text-right tabular-nums`}>{v.stats30.applications}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
