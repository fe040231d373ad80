import { useTranslations } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import type { ReportStatus } from '@/lib/moderation/report-schemas';

export function QueuePagination({ status, page, pageCount }: { status: ReportStatus; page: number; pageCount: number }) {
  const t = useTranslations('reports.admin.pagination');
  if (pageCount <= 1) return null;
  const href = (to: number) => ({
    pathname: '/admin/reports',
    query: { ...(status === 'open' ? {} : { status }), ...(to > 1 ? { page: String(to) } : {}) },
  });
  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
          {t('previous')}
        </Link>
      )}
      <span className="text-sm text-ink-600">{t('page', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
