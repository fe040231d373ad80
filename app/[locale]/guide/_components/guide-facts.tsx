import { useTranslations } from 'next-intl';

const FACTS = ['entry', 'pay', 'schedule', 'setup'] as const;

/** The job in four lines, above the first chapter. */
export function GuideFacts() {
  const t = useTranslations('guide.facts');

  return (
    <section aria-labelledby="guide-facts-heading" className="rounded-card border border-accent-100 bg-accent-50 p-5 sm:p-6">
      <h2 id="guide-facts-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <dl className="mt-4 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {FACTS.map((key) => (
          <div key={key}>
            <dt className="text-sm font-medium text-accent-700">{t(`${key}Label`)}</dt>
            <dd className="mt-0.5 font-semibold text-ink-950">{t(`${key}Value`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
