import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { RISK_THRESHOLD } from '@/lib/moderation/risk';

/** The risk score as a pill: red from the threshold up, grey when the vacancy was never scored. */
export function RiskBadge({ score }: { score: number | null }) {
  const t = useTranslations('moderation');
  const flagged = score !== null && score >= RISK_THRESHOLD;
  return (
    <span
      data-risk={score ?? 'none'}
      className={cx(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset',
        score === null ? 'bg-sand-100 text-ink-600 ring-sand-200' : flagged ? 'bg-red-50 text-red-800 ring-red-200' : 'bg-brand-50 text-brand-800 ring-brand-100',
      )}
    >
      {score === null ? t('queue.riskNone') : t('review.riskScore', { score })}
      {flagged && <span className="sr-only">, {t('review.riskFlagged')}</span>}
    </span>
  );
}
