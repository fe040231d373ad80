import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { ScorerQuality as ScorerQualityFigures } from '@/lib/moderation/risk-examples-queries';

/**
 * The overview's scorer card: how often the scam-risk score the moderators saw agreed with their
 * decisions (getScorerQuality in lib/moderation/risk-examples-queries.ts), always with the count behind the
 * figures, since 0.9 on 10 decisions and on 1 000 are different claims.
 */
export async function ScorerQuality({ figures }: { figures: ScorerQualityFigures }) {
  const [t, format] = await Promise.all([getTranslations('moderation.scorerQuality'), getFormatter()]);
  const ratio = (value: number | null) => (value === null ? '—' : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return (
    <Card as="section" aria-labelledby="scorer-heading" data-testid="scorer-quality">
      <h2 id="scorer-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('hint')}</p>
      {figures.count === 0 ? (
        <p className="mt-3 text-sm text-ink-700">{t('none')}</p>
      ) : (
        <>
          <p className="mt-3 text-lg font-bold text-ink-950" data-testid="scorer-figures">
            {t('figures', { precision: ratio(figures.precision), recall: ratio(figures.recall), count: figures.count })}
          </p>
          <p className="mt-1 text-sm text-ink-600">{t('counts', { tp: figures.tp, fp: figures.fp, fn: figures.fn })}</p>
        </>
      )}
    </Card>
  );
}
