import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import '@/lib/zod-setup';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { getReviewQueue, QUEUE_LIMIT } from '@/lib/moderation/queries';
import { CompanyFlags } from '../_components/company-flags';
import { Duration, secondsSince } from '../_components/duration';
import { RiskBadge } from '../_components/risk-badge';
import { linkClass, noticeClass, tableClass, tdClass, thClass } from '../_components/styles';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// ?done= names the decision just taken (set by decideReviewAction's redirect); anything else is ignored.
const doneParam = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.enum(['approved', 'rejected', 'revisionApproved', 'revisionRejected']).optional().catch(undefined),
);

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'moderation.meta' });
  return { title: t('queue'), robots: { index: false, follow: false } };
}

/** New vacancies and edits waiting for review, riskiest first, then the longest waiting. */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/moderation', locale }));
  const done = doneParam.parse((await searchParams).done);
  const [t, format, queue] = await Promise.all([getTranslations('moderation.queue'), getFormatter(), getReviewQueue(admin)]);
  const now = new Date();

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('intro')}</p>
      <div role="status">{done && <p className={noticeClass}>{t(`done.${done}`)}</p>}</div>

      {queue.length === 0 ? (
        <p className="mt-8 rounded-card border border-line bg-surface p-6 text-ink-700">{t('empty')}</p>
      ) : (
        <div className="relative mt-8 overflow-x-auto rounded-card border border-line bg-surface">
          <table className={tableClass} data-testid="review-queue">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('columns.vacancy')}</th>
                <th scope="col" className={thClass}>{t('columns.company')}</th>
                <th scope="col" className={thClass}>{t('columns.kind')}</th>
                <th scope="col" className={thClass}>{t('columns.risk')}</th>
                <th scope="col" className={thClass}>{t('columns.waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((item) => (
                <tr key={`${item.kind}-${item.vacancyId}`} data-vacancy-id={item.vacancyId}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/admin/moderation/${item.vacancyId}`} className={linkClass}>
                      {item.title}
                    </Link>
                  </th>
                  <td className={tdClass}>
                    <Link href={`/admin/companies/${item.company.id}`} className="text-ink-800 underline-offset-2 hover:underline">
                      {item.company.name}
                    </Link>
                    <div className="mt-1">
                      <CompanyFlags {...item.company} />
                    </div>
                  </td>
                  <td className={tdClass}>
                    <Badge tone={item.kind === 'new' ? 'brand' : 'accent'}>{t(`kind.${item.kind}`)}</Badge>
                  </td>
                  <td className={tdClass}>
                    <RiskBadge score={item.riskScore} />
                  </td>
                  <td className={tdClass}>
                    <time dateTime={item.submittedAt.toISOString()} title={format.dateTime(item.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}>
                      <Duration seconds={secondsSince(item.submittedAt, now)} />
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {queue.length >= QUEUE_LIMIT && <p className="mt-4 text-sm text-ink-600">{t('truncated', { count: QUEUE_LIMIT })}</p>}
    </Container>
  );
}
