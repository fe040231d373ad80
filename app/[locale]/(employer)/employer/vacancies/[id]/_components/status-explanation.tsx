import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { DashboardVacancyDetail } from '@/lib/vacancies/dashboard-queries';
import { effectiveStatus } from '@/lib/vacancies/lifecycle';

/** What the status means for the employer right now, and what to do next. */
export async function StatusExplanation({ vacancy, now }: { vacancy: DashboardVacancyDetail; now: Date }) {
  const t = await getTranslations('dashboard.vacancy');
  const format = await getFormatter();
  const status = effectiveStatus(vacancy.status, vacancy.expiresAt, now);
  const reason = vacancy.moderationReason;
  let text: string;
  if (status === 'published') {
    text = vacancy.expiresAt
      ? t('explain.published', { date: format.dateTime(vacancy.expiresAt, { day: 'numeric', month: 'long', year: 'numeric' }) })
      : t('explain.publishedNoDate');
  } else if (status === 'rejected') text = reason ? t('explain.rejected', { reason }) : t('explain.rejectedNoReason');
  else if (status === 'removed') text = reason ? t('explain.removed', { reason }) : t('explain.removedNoReason');
  else text = t(`explain.${status}`);

  return (
    <div className="mt-4 space-y-2 text-ink-700" data-testid="status-explanation">
      <p>{text}</p>
      {vacancy.hasRevision && <p className="font-medium text-accent-700">{t('revisionPending')}</p>}
      {vacancy.revisionRejectionReason && <p>{t('revisionRejected', { reason: vacancy.revisionRejectionReason })}</p>}
      {(vacancy.status === 'published' || vacancy.status === 'closed' || vacancy.status === 'expired') && (
        <p>
          <Link href={`/vacancies/${vacancy.slug}`} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('publicLink')}
          </Link>
        </p>
      )}
    </div>
  );
}
