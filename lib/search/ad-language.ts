// The language an ad is written in: the script with more letters in its title and description.
// Our ads are Russian or English (PRODUCT.md); the migration 20261204180500 backfilled with the same rule.

export type AdLanguage = 'ru' | 'en';
export const AD_LANGUAGES = ['ru', 'en'] as const satisfies readonly AdLanguage[];

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

export function detectAdLanguage(title: string, description: string): AdLanguage {
  const text = `${title} ${description}`;
  return count(text, /[A-Za-z]/g) > count(text, /[А-Яа-яЁё]/g) ? 'en' : 'ru';
}
