// The name of a support language for people: our own label (messages, `vocab.language`) for the languages
// we offer, Intl's name for any other ISO 639-1 code the database may hold, the code itself as a last resort.
import type { useTranslations } from 'next-intl';
import type { LanguageCode } from '@/lib/vocabularies';

/** next-intl's translator of `vocab.language` (useTranslations or getTranslations). */
export type LanguageLabels = ReturnType<typeof useTranslations<'vocab.language'>>;

/** Intl's name for a language code in `locale`, or the code in capitals when it has none. */
export function intlLanguageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

export function languageName(code: string, labels: LanguageLabels, locale: string): string {
  return labels.has(code as LanguageCode) ? labels(code as LanguageCode) : intlLanguageName(code, locale);
}
