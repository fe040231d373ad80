import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { Link } from '@/i18n/navigation';
import { REPORT_STATUSES, type ReportStatus } from '@/lib/moderation/report-schemas';

/** The open / dismissed / actioned filter as plain links, so every view has its own URL. */
export function StatusTabs({ current, totals }: { current: ReportStatus; totals: Record<ReportStatus, number> }) {
  const t = useTranslations('reports.admin.tabs');
  return (
    <nav aria-label={t('label')} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {REPORT_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={status === 'open' ? '/admin/reports' : { pathname: '/admin/reports', query: { status } }}
              aria-current={status === current ? 'page' : undefined}
              className={cx(
                'inline-flex min-h-10 items-center rounded-full border px-4 text-sm font-semibold',
                status === current
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-line-strong bg-surface text-ink-800 hover:border-brand-300 hover:bg-brand-50',
              )}
            >
              {t('count', { label: t(status), count: totals[status] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
