import { getTranslations } from 'next-intl/server';
import { HighlightedText } from '@/components/moderation/highlighted-text';
import { Card } from '@/components/ui/card';
import type { ReviewItem } from '@/lib/moderation/review-queries';
import { RiskBadge } from '../../../_components/risk-badge';

/** The risk score, each warning sign with the phrases that triggered it, and the text with them marked. */
export async function RiskPanel({ risk, title, description }: { risk: ReviewItem['risk']; title: string; description: string }) {
  const t = await getTranslations('moderation');
  const phrases = [...new Set(risk.reasons.flatMap((r) => r.phrases))];

  return (
    <Card as="section" aria-labelledby="risk-heading" data-testid="risk-panel">
      <h2 id="risk-heading" className="flex flex-wrap items-center gap-2 text-lg font-bold">
        {t('review.riskHeading')}
        <RiskBadge score={risk.score} />
      </h2>
      {risk.score === null ? (
        <p className="mt-3 text-sm text-ink-600">{t('review.riskNone')}</p>
      ) : risk.reasons.length === 0 ? (
        <p className="mt-3 text-sm text-ink-600">{t('review.riskClean')}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {risk.reasons.map((r) => (
            <li key={r.code} data-risk-code={r.code}>
              <p className="font-semibold">
                {t(`risk.${r.code}.title`)} <span className="text-xs font-normal text-ink-600">({t('review.riskWeight', { weight: r.weight })})</span>
              </p>
              <p className="text-sm text-ink-700">{t(`risk.${r.code}.hint`)}</p>
              {r.phrases.length > 0 && (
                <p className="mt-1 text-sm">
                  <span className="text-ink-600">{t('review.phrases')}</span>{' '}
                  {r.phrases.map((p, i) => (
                    <mark key={i} className="mr-1 rounded bg-accent-100 px-1 text-ink-950">
                      {p}
                    </mark>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {phrases.length > 0 && (
        <details className="mt-4 border-t border-line pt-3">
          <summary className="cursor-pointer font-semibold text-brand-800">{t('review.checkedText')}</summary>
          <p className="mt-2 text-sm text-ink-600">{t('review.checkedTextHint')}</p>
          <div className="mt-2 max-h-[28rem] overflow-y-auto rounded-control border border-line bg-canvas p-3 text-sm whitespace-pre-wrap" data-testid="highlighted-text">
            <p className="font-semibold">
              <HighlightedText text={title} phrases={phrases} />
            </p>
            <div className="mt-2">
              <HighlightedText text={description} phrases={phrases} />
            </div>
          </div>
        </details>
      )}
    </Card>
  );
}
