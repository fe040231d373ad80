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
      {vacancy.ownCopies.length > 0 && (
        <div className="rounded-control border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-ink-900" data-testid="own-copies">
          <p className="font-semibold">{t('ownCopies.heading')}</p>
          <ul className="mt-1 list-disc pl-5">
            {vacancy.ownCopies.map((c) => (
              <li key={c.id}>
                <Link href={`/employer/vacancies/${c.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                  {c.title}
                </Link>{' '}
                — {t(`ownCopies.status.${c.status === 'published' ? 'published' : c.status === 'expired' ? 'expired' : 'pending'}`)}
              </li>
            ))}
          </ul>
          <p className="mt-1">{t('ownCopies.advice')}</p>
        </div>
      )}
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
