import { useTranslations } from 'next-intl';
import { MIN_SAMPLE } from '@/lib/salaries/types';
import { DEFAULT_HOURS_PER_MONTH, DEFAULT_SHIFTS_PER_MONTH } from '@/lib/salary/normalize';

const PARAGRAPHS = ['source', 'midpoint', 'period', 'currency', 'gross', 'quartiles', 'minimum', 'weekly', 'excluded', 'refresh'] as const;

/** How the figures are made: source, periods, currencies, quartiles, what is left out. */
export function Methodology() {
  const t = useTranslations('salaries.methodology');
  const values = { hours: DEFAULT_HOURS_PER_MONTH, shifts: DEFAULT_SHIFTS_PER_MONTH, min: MIN_SAMPLE };
  return (
    <section id="methodology" aria-labelledby="methodology-heading" className="scroll-mt-24">
      <h2 id="methodology-heading" className="text-xl font-bold sm:text-2xl">
        {t('heading')}
      </h2>
      <div className="mt-4 max-w-3xl space-y-3 text-ink-800">
        {PARAGRAPHS.map((key) => (
          <p key={key}>{t(key, values)}</p>
        ))}
      </div>
    </section>
  );
}
