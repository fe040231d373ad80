import { useLocale, useTranslations } from 'next-intl';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { LANGUAGES, type LanguageCode } from '@/lib/vocabularies';
import { displayName } from './display-names';
import { Section } from './section';

const isKnownLanguage = (code: string): code is LanguageCode => (LANGUAGES as readonly string[]).includes(code);

/** Support languages with their CEFR levels. */
export function LanguagesSection({ languages }: { languages: VacancyDetail['languages'] }) {
  const t = useTranslations('vacancy.languages');
  const tv = useTranslations('vocab');
  const locale = useLocale();

  return (
    <Section id="languages" title={t('heading')}>
      {languages.length === 0 ? (
        <p className="text-ink-700">{t('none')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {languages.map(({ language, level }) => (
            <li key={language} className="rounded-control border border-line bg-surface px-3.5 py-2 text-ink-900 shadow-card">
              {t.rich('item', {
                name: (chunks) => <span className="font-semibold">{chunks}</span>,
                language: isKnownLanguage(language) ? tv(`language.${language}`) : displayName(locale, 'language', language),
                level: tv(`languageLevel.${level}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
