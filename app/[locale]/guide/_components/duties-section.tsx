import { useTranslations } from 'next-intl';
import { proseText } from './guide-section';

const DUTIES = ['respond', 'inform', 'solve', 'escalate', 'report'] as const;

export function DutiesSection() {
  const t = useTranslations('guide.sections.duties');
  return (
    <>
      <p className={proseText}>{t('lead')}</p>
      <ol className="mt-6 space-y-3">
        {DUTIES.map((key, i) => (
          <li key={key} className="flex gap-4 rounded-card border border-line bg-surface p-4 sm:p-5">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
            >
              {i + 1}
            </span>
            <div>
              <h3 className="text-lg font-semibold">{t(`${key}.title`)}</h3>
              <p className="mt-1 text-ink-700">{t(`${key}.text`)}</p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
