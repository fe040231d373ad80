import { createTranslator } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import { MESSAGES } from '@/messages';

// The words every export shares, in the exporter's language: vocabulary labels, languages with their level
// ("Английский — B2, выше среднего"), yes. createTranslator, so route handlers and tests use it as is.

export function exportWords(locale: AppLocale) {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: 'exports' });
  const vocab = createTranslator({ locale, messages, namespace: 'vocab' });
  type VocabKey = Parameters<typeof vocab>[0];
  type Key = Parameters<typeof t>[0];
  // Codes come from stored rows: an unknown one is written as it is rather than as a missing-message marker.
  const label = (key: string, fallback: string) => (vocab.has(key as VocabKey) ? vocab(key as VocabKey) : fallback);
  const level = (code: string) => (t.has(`levels.${code}` as Key) ? t(`levels.${code}` as Key) : code);
  return {
    /** `vocab.<key>`, e.g. `experience.between3And6` → «От 3 до 6 лет». */
    label,
    languages: (list: readonly { language: string; level: string }[]) =>
      list.map((l) => t('languageItem', { language: label(`language.${l.language}`, l.language), level: level(l.level) })).join('; '),
    yes: (value: boolean) => (value ? t('yes') : ''),
  };
}
