import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { requireRole } from '@/lib/accounts/queries';
import { getReportQueue } from '@/lib/moderation/report-queries';
import { ReportQueueParamsSchema } from '@/lib/moderation/report-schemas';
import { QueueItemCard } from './_components/queue-item';
import { StatusTabs } from './_components/status-tabs';
import { Pagination } from '../_components/pagination';
import { getPathname } from '@/i18n/navigation';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'reports.admin' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Scam reports grouped by vacancy, with the decisions an admin can take on each. */
export default async function AdminReportsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/reports', locale }));
  const query = ReportQueueParamsSchema.parse(await searchParams);
  const [t, queue] = await Promise.all([getTranslations('reports.admin'), getReportQueue(admin, query)]);
  // requireRole already answered anyone else with a 404; the query checks again by itself.
  if (!queue) return null;

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('lead')}</p>
      <div role="status">
        {query.done && (
          <p className="mt-6 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">{t(`done.${query.done}`)}</p>
        )}
      </div>
      <StatusTabs current={queue.status} totals={queue.totals} />
      {queue.items.length === 0 ? (
        <p className="mt-8 rounded-card border border-line bg-surface p-6 text-ink-700">{t(`empty.${queue.status}`)}</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {queue.items.map((item) => (
            <li key={item.vacancy.id}>
              <QueueItemCard item={item} status={queue.status} />
            </li>
          ))}
        </ol>
      )}
      <Pagination pathname="/admin/reports" query={{ status: queue.status === 'open' ? undefined : queue.status }} page={queue.page} pages={queue.pageCount} />
    </Container>
  );
}
