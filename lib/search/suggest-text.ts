// What the suggestion box does with typed text before it reaches SQL: the same normalization the
// search_terms job applies to `normalized` (lower case, ё → е, single spaces), the words of a query,
// and the text as it would read had it been typed in the other keyboard layout (ЙЦУКЕН ↔ QWERTY).

/** Shortest and longest `q` the suggestion API accepts (characters, after trimming). */
export const SUGGEST_QUERY_MIN = 1;
export const SUGGEST_QUERY_MAX = 100;
/** More words than this add nothing to a suggestion and only cost the query. */
export const MAX_QUERY_WORDS = 6;
/** Shorter normalized queries have too few trigrams for similarity to mean anything. */
export const FUZZY_MIN_LENGTH = 4;
/** Words this long have a trigram of their own, so the trigram index can find them anywhere in a term. */
export const INDEXED_WORD_LENGTH = 3;

/** Lower case, ё → е, any run of white space as one space, trimmed. */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/gu, ' ').trim();
}

/** The words of a normalized text: runs of letters and digits, in order, at most MAX_QUERY_WORDS. */
export function queryWords(normalized: string): string[] {
  return (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
}

/** `text` as a LIKE pattern that matches strings starting with it (backslash is the escape character). */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A POSIX regular expression (PostgreSQL `~`) for "some word of the text starts with `word`": at the
 * start or after a character that is not a letter or digit (a space, a hyphen, a bracket).
 * `word` comes from queryWords, so it holds letters and digits only and needs no escaping.
 */
export function wordStartPattern(word: string): string {
  return `(^|[^[:alnum:]])${word}`;
}

// The two layouts key by key: the unshifted row characters of a Russian ЙЦУКЕН keyboard and the
// US QWERTY keys under them.
const QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const JCUKEN = 'ёйцукенгшщзхъфывапролджэячсмитьбю';
const toCyrillic = new Map([...QWERTY].map((c, i) => [c, JCUKEN[i]!]));
const toLatin = new Map([...JCUKEN].map((c, i) => [c, QWERTY[i]!]));

/**
 * The text as it would read typed in the other layout ("jgthfnjh" → "оператор", "сфдд" → "call"), or
 * null when it is not clearly one layout's letters (mixed scripts, or nothing to convert).
 * Lower-cases first: the shifted keys map the same way.
 */
export function swapKeyboardLayout(text: string): string | null {
  const lower = text.toLowerCase();
  const latin = /[a-z]/.test(lower);
  const cyrillic = /[а-яё]/.test(lower);
  if (latin === cyrillic) return null;
  const map = latin ? toCyrillic : toLatin;
  // Punctuation keys only count as letters when typing Latin (",", "." are б, ю on ЙЦУКЕН).
  const swapped = [...lower].map((c) => map.get(c) ?? c).join('');
  return swapped === lower ? null : swapped;
}

