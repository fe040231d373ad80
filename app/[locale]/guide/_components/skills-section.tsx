import { useTranslations } from 'next-intl';
import { ListingLink, ListingLinks } from '@/components/content/listing-link';
import { richTags } from '@/components/content/rich-text';
import { proseText } from './guide-section';

const PROFESSIONAL = ['writing', 'tools', 'service'] as const;
const PERSONAL = ['stress', 'learning', 'attention'] as const;

const item = 'relative pl-6 before:absolute before:top-[0.7em] before:left-1 before:size-2 before:rounded-full';

export function SkillsSection() {
  const t = useTranslations('guide.sections.skills');
  return (
    <>
      <p className={proseText}>{t('lead')}</p>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <div className="rounded-card border border-line bg-surface p-5 sm:p-6">
          <h3 className="text-lg font-semibold">{t('professional.title')}</h3>
          <ul className="mt-3 space-y-3 text-ink-700">
            {PROFESSIONAL.map((key) => (
              <li key={key} className={`${item} before:bg-brand-500`}>
                {t.rich(`professional.${key}`, richTags)}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-card border border-line bg-surface p-5 sm:p-6">
          <h3 className="text-lg font-semibold">{t('personal.title')}</h3>
          <ul className="mt-3 space-y-3 text-ink-700">
            {PERSONAL.map((key) => (
              <li key={key} className={`${item} before:bg-accent-500`}>
                {t.rich(`personal.${key}`, richTags)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <ListingLinks>
        <ListingLink query={{ experience: 'noExperience' }}>{t('link')}</ListingLink>
      </ListingLinks>
    </>
  );
}
