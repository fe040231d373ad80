import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser, requireRole, type CurrentUser } from '@/lib/accounts/queries';
import { getRejectionPreview } from '@/lib/moderation/decision-preview-queries';
import { getReviewItem } from '@/lib/moderation/review-queries';
import { Duration, secondsSince } from '../../_components/duration';
import { warningClass } from '../../_components/styles';
import { ChangeList } from './_components/change-list';
import { CompanyPanel } from './_components/company-panel';
import { DecisionForms } from './_components/decision-forms';
import { History } from './_components/history';
import { RiskPanel } from './_components/risk-panel';
import { VacancyPreview } from './_components/vacancy-preview';

type Props = { params: Promise<{ locale: string; id: string }> };

// generateMetadata and the page read the item once per request.
const reviewItem = cache((admin: CurrentUser, id: string, now: Date) => getReviewItem(admin, id, now));
const requestTime = cache(() => new Date());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [{ id }, t, user] = await Promise.all([params, getTranslations({ locale, namespace: 'moderation.meta' }), getCurrentUser()]);
  const item = user?.role === 'admin' ? await reviewItem(user, id, requestTime()) : null;
  return { title: item ? t('review', { title: item.detail.title }) : t('queue'), robots: { index: false, follow: false } };
}

/** One vacancy under review: what goes public, the risk, the employer, the changes, and the decision. */
export default async function ReviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const admin = await requireRole('admin', getPathname({ href: `/admin/moderation/${encodeURIComponent(id)}`, locale }));
  const now = requestTime();
  const item = await reviewItem(admin, id, now);
  if (!item) notFound();
  const preview = item.kind ? await getRejectionPreview(admin, item.vacancyId, item.kind) : null;
  const [t, tv, format] = await Promise.all([getTranslations('moderation.review'), getTranslations('vocab.vacancyStatus'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Container className="py-8 sm:py-10">
      <Link href="/admin/moderation" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('back')}
      </Link>
      <p className="mt-6 flex flex-wrap items-center gap-2 text-sm">
        {item.kind && <Badge tone={item.kind === 'new' ? 'brand' : 'accent'}>{t(`kindLine.${item.kind}`)}</Badge>}
        <Badge data-status={item.status}>{tv(item.status)}</Badge>
      </p>
      <h1 className="mt-3 text-3xl font-bold text-ink-950" lang={item.detail.locale !== locale ? item.detail.locale : undefined}>
        {item.detail.title}
      </h1>
      {item.submittedAt && (
        <p className="mt-2 text-ink-600">
          {t('submitted', { date: date(item.submittedAt) })} {t('waiting')}{' '}
          <Duration seconds={secondsSince(item.submittedAt, now)} />
        </p>
      )}
      {!item.kind && <p className={warningClass}>{t('nothingPending', { status: tv(item.status) })}</p>}
      {item.moderationReason && !item.kind && <p className="mt-3 text-ink-700">{t('moderationReason', { reason: item.moderationReason })}</p>}
      {item.rejectedRevision && !item.kind && (
        <p className="mt-3 text-ink-700">{t('rejectedRevision', { date: date(item.rejectedRevision.at), reason: item.rejectedRevision.reason ?? '—' })}</p>
      )}

      {/* Why this ad may be a scam comes before the ad and the decision. */}
      <div className="mt-8">
        <RiskPanel risk={item.risk} title={item.detail.title} description={item.detail.description} />
      </div>

      <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-10">
          {item.kind === 'edit' && (
            <section aria-labelledby="diff-heading">
              <h2 id="diff-heading" className="text-xl font-bold">
                {t('diffHeading')}
              </h2>
              {item.changes ? <ChangeList changes={item.changes} /> : <p className={warningClass}>{t('diffInvalid')}</p>}
            </section>
          )}
          <VacancyPreview vacancy={item.detail} />
        </div>
        <aside className="min-w-0 space-y-6">
          {item.kind && item.version && preview && (
            <DecisionForms
              vacancyId={item.vacancyId}
              kind={item.kind}
              version={item.version}
              canApprove={item.kind === 'new' || item.changes !== null}
              riskScore={item.risk.score}
              preview={preview}
            />
          )}
          <CompanyPanel company={item.company} openReports={item.openReports} />
          <History events={item.history} />
        </aside>
      </div>
    </Container>
  );
}
