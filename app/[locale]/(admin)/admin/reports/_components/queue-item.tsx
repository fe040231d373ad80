import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { displayStatus } from '@/lib/moderation/display-status';
import type { QueueItem } from '@/lib/moderation/report-queries';
import type { ReportStatus } from '@/lib/moderation/report-schemas';
import { ReportEntry } from './report-entry';
import { ResolutionForm } from './resolution-form';

const linkClass = 'font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900';

/** One reported vacancy: what it is, how often and why it was reported, the texts, and the decision form. */
export function QueueItemCard({ item, status }: { item: QueueItem; status: ReportStatus }) {
  const t = useTranslations('reports.admin.item');
  const tv = useTranslations('vocab');
  const td = useTranslations('decisions.status');
  const format = useFormatter();
  const { vacancy, count } = item;
  const { company } = vacancy;
  const shown = displayStatus(vacancy.status, company.blocked);
  const headingId = `report-${vacancy.id}`;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Card as="article" aria-labelledby={headingId} data-vacancy-id={vacancy.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-xl font-bold break-words text-ink-950">
            {vacancy.title}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-700">
            {t('company', { company: company.name })}
            {company.blocked && <Badge tone="accent">{t('blocked')}</Badge>}
            {company.warnedAt && <Badge tone="accent">{t('warned', { date: format.dateTime(company.warnedAt, { dateStyle: 'medium' }) })}</Badge>}
          </p>
        </div>
        <p className="flex items-center gap-2 text-sm text-ink-700">
          <span>{t('status')}:</span>
          <Badge tone={shown === 'published' ? 'brand' : shown === 'hiddenByBlock' ? 'accent' : 'neutral'} data-status={shown}>
            {shown === 'hiddenByBlock' ? td('hiddenByBlock') : tv(`vacancyStatus.${shown}`)}
          </Badge>
        </p>
      </div>

      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/vacancies/${vacancy.slug}`} className={linkClass}>
          {t('publicPage')}
        </Link>
        <Link href={`/admin/moderation/${vacancy.id}`} className={linkClass}>
          {t('review')}
        </Link>
      </p>

      <p className="mt-4 font-semibold text-ink-950" data-testid="report-count">
        {t('count', { count })} · {t('reporters', { count: item.reporters })} · {t('latest', { date: when(item.latestAt) })}
      </p>
      <h3 className="sr-only">{t('categories')}</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {item.categories.map((c) => (
          <li key={c.category}>
            <Badge tone={c.category === 'other' ? 'neutral' : 'accent'}>
              {tv(`reportCategory.${c.category}`)} × {c.count}
            </Badge>
          </li>
        ))}
      </ul>

      <h3 className="mt-5 text-sm font-semibold text-ink-950">{t('reports')}</h3>
      <ul className="mt-2 divide-y divide-line rounded-control border border-line">
        {item.reports.map((report) => (
          <ReportEntry key={report.id} report={report} when={when} />
        ))}
      </ul>
      {count > item.reports.length && <p className="mt-2 text-sm text-ink-600">{t('shown', { shown: item.reports.length, count })}</p>}

      <ResolutionForm
        vacancyId={vacancy.id}
        companyId={company.id}
        title={vacancy.title}
        view={status}
        companyBlocked={company.blocked}
        vacancyRemoved={vacancy.status === 'removed'}
      />
    </Card>
  );
}
