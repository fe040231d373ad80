import { useTranslations } from 'next-intl';
import { proseText } from './guide-section';

const PATHS = ['teamLead', 'quality', 'adjacent'] as const;

export function CareerSection() {
  const t = useTranslations('guide.sections.career');
  return (
    <>
      <p className={proseText}>{t('lead')}</p>
      <ul className="mt-6 space-y-3">
        {PATHS.map((key) => (
          <li key={key} className="rounded-card border-l-4 border-brand-500 bg-surface p-5 shadow-card">
            <h3 className="text-lg font-semibold">{t(`${key}.title`)}</h3>
            <p className="mt-1 text-ink-700">{t(`${key}.text`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
