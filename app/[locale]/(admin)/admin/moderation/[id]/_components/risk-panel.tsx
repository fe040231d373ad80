import { getFormatter, getTranslations } from 'next-intl/server';
import { HighlightedText } from '@/components/moderation/highlighted-text';
import { Card } from '@/components/ui/card';
import type { ReviewItem } from '@/lib/moderation/review-queries';
import { RiskBadge } from '../../../_components/risk-badge';
import { BoardReasonDetails } from './board-reason';

/**
 * The risk score and each warning sign first, beside the text with the phrases that triggered them
 * marked, open rather than folded: the moderator reads why before deciding.
 */
export async function RiskPanel({ risk, title, description }: { risk: ReviewItem['risk']; title: string; description: string }) {
  const [t, td, format] = await Promise.all([getTranslations('moderation'), getTranslations('decisions.review'), getFormatter()]);
  const phrases = [...new Set(risk.reasons.flatMap((r) => r.phrases))];

  return (
    <Card as="section" aria-labelledby="risk-heading" data-testid="risk-panel">
      <h2 id="risk-heading" className="flex flex-wrap items-center gap-2 text-lg font-bold">
        {t('review.riskHeading')}
        <RiskBadge score={risk.score} />
      </h2>
      <div className={phrases.length > 0 ? 'mt-3 grid gap-6 lg:grid-cols-2' : 'mt-3'}>
        {risk.score === null ? (
          <p className="text-sm text-ink-600">{t('review.riskNone')}</p>
        ) : risk.reasons.length === 0 ? (
          <p className="text-sm text-ink-600">{t('review.riskClean')}</p>
        ) : (
          <ul className="space-y-3" data-testid="risk-reasons">
            {risk.reasons.map((r) => (
              <li key={r.code} data-risk-code={r.code}>
                <p className="font-semibold">
                  {t(`risk.${r.code}.title`)}{' '}
                  <span className="text-xs font-normal text-ink-600">
                    ({r.probability !== undefined && `${t('risk.resemblesRejected.probability', { probability: format.number(r.probability, { maximumFractionDigits: 2 }) })}, `}
                    {t('review.riskWeight', { weight: r.weight })})
                  </span>
                </p>
                <p className="text-sm text-ink-700">{t(`risk.${r.code}.hint`)}</p>
                {(r.links || r.contact || r.contacts) && <BoardReasonDetails reason={r} />}
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
          <section aria-labelledby="highlighted-heading" className="min-w-0">
            <h3 id="highlighted-heading" className="font-semibold">
              {td('highlightedHeading')}
            </h3>
            <p className="mt-1 text-sm text-ink-600">{t('review.checkedTextHint')}</p>
            <div
              className="mt-2 max-h-[32rem] overflow-y-auto rounded-control border border-line bg-canvas p-3 text-sm break-words whitespace-pre-wrap"
              data-testid="highlighted-text"
              tabIndex={0}
              aria-labelledby="highlighted-heading"
            >
              <p className="font-semibold">
                <HighlightedText text={title} phrases={phrases} />
              </p>
              <div className="mt-2">
                <HighlightedText text={description} phrases={phrases} />
              </div>
            </div>
          </section>
        )}
      </div>
    </Card>
  );
}
