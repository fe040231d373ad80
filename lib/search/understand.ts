// Reads a search query against the dictionary (lib/search/dictionary.ts): which words name a vocabulary
// value, which name the profession, which are plain words. Pure; lib/search/interpret.server.ts corrects
// typos and layouts first, lib/vacancies/catalogue-queries.ts turns the result into SQL.
import { DICTIONARY, FILLER_WORDS, PROFESSION_NAMES, TECH_SUPPORT_NAMES, type DictionaryEntry } from './dictionary';
import { normalizeSearchText } from './suggest-text';

/** At most this many words of a query are read; the rest is ignored (nobody types more). */
export const MAX_QUERY_TOKENS = 8;

/** Words of a query: letters and digits, and shift patterns such as 2/2 kept whole. */
export function tokenize(text: string): string[] {
  return (normalizeSearchText(text).match(/\d+\/\d+|[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_TOKENS);
}

export type QueryPart =
  /** Words naming vocabulary values: matched by those values, or by the words in the text when allowed. */
  | { kind: 'vocabulary'; tokens: string[]; entries: DictionaryEntry[] }
  /** A name of the profession: matched by any of its names. */
  | { kind: 'concept'; tokens: string[]; names: readonly string[] }
  /** A plain word; the query's last word is also a prefix (results while typing). */
  | { kind: 'word'; tokens: [string]; prefix: boolean };

export type UnderstoodQuery = { tokens: string[]; parts: QueryPart[] };

type Pattern = { words: string[]; target: { kind: 'vocabulary'; entry: DictionaryEntry } | { kind: 'concept'; names: readonly string[] } };

const split = (phrase: string) => normalizeSearchText(phrase).split(' ');

const PATTERNS: Pattern[] = [
  ...DICTIONARY.flatMap((entry) =>
    [...new Set([...(entry.ru ?? []), ...(entry.en ?? [])])].map((phrase) => ({ words: split(phrase), target: { kind: 'vocabulary' as const, entry } })),
  ),
  ...PROFESSION_NAMES.map((name) => ({ words: split(name), target: { kind: 'concept' as const, names: PROFESSION_NAMES } })),
  ...TECH_SUPPORT_NAMES.map((name) => ({ words: split(name), target: { kind: 'concept' as const, names: TECH_SUPPORT_NAMES } })),
];

const FILLERS = new Set(FILLER_WORDS);

/** A pattern word matches a token: equal, or for `stem*` any token beginning with the stem. */
export function wordMatches(pattern: string, token: string): boolean {
  return pattern.endsWith('*') ? token.startsWith(pattern.slice(0, -1)) : token === pattern;
}

const matchesAt = (tokens: readonly string[], at: number, words: readonly string[]) =>
  at + words.length <= tokens.length && words.every((w, i) => wordMatches(w, tokens[at + i]!));

/** Does the dictionary know this word (alone or as the start of a phrase)? Known words are not "corrected". */
export function isDictionaryWord(token: string): boolean {
  return PATTERNS.some((p) => p.words.some((w) => wordMatches(w, token))) || FILLERS.has(token);
}

/**
 * The query's parts, left to right: at each word the longest phrase that starts there wins; phrases of
 * the same length that name several values (e.g. a word in two entries) are kept together as one part.
 * Filler words («работа», «в», «with») only join phrases and are dropped on their own.
 */
export function understandQuery(text: string): UnderstoodQuery {
  const tokens = tokenize(text);
  const parts: QueryPart[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: Pattern[] = [];
    let length = 0;
    for (const pattern of PATTERNS) {
      if (!matchesAt(tokens, i, pattern.words)) continue;
      if (pattern.words.length > length) [best, length] = [[pattern], pattern.words.length];
      else if (pattern.words.length === length) best.push(pattern);
    }
    if (!best.length) {
      const token = tokens[i]!;
      if (!FILLERS.has(token)) parts.push({ kind: 'word', tokens: [token], prefix: i === tokens.length - 1 });
      i += 1;
      continue;
    }
    const span = tokens.slice(i, i + length);
    const concept = best.find((p) => p.target.kind === 'concept');
    if (concept && concept.target.kind === 'concept') {
      parts.push({ kind: 'concept', tokens: span, names: concept.target.names });
    } else {
      const entries = [...new Set(best.flatMap((p) => (p.target.kind === 'vocabulary' ? [p.target.entry] : [])))];
      parts.push({ kind: 'vocabulary', tokens: span, entries });
    }
    i += length;
  }
  return { tokens, parts };
}

/** A to_tsquery term for one word: digits and letters only (tokenize guarantees it), `:*` for a prefix. */
const term = (word: string, prefix: boolean) => (prefix ? `${word}:*` : word);

/** A pattern (`оператор* чат*`) as a to_tsquery conjunction; null when it has no searchable word. */
export function patternToTsQuery(pattern: string): string | null {
  const words = split(pattern).filter((w) => /^[\p{L}\p{N}]+\*?$/u.test(w));
  if (!words.length) return null;
  return `(${words.map((w) => (w.endsWith('*') ? term(w.slice(0, -1), true) : w)).join(' & ')})`;
}

/** Typed words as a to_tsquery conjunction (`prefix` = the last word may be unfinished). */
export function wordsToTsQuery(words: readonly string[], prefix = false): string | null {
  const usable = words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  if (!usable.length) return null;
  return `(${usable.map((w, i) => term(w, prefix && i === usable.length - 1)).join(' & ')})`;
}

/**
 * The words a part ranks titles by: the words as typed for a name of the profession (its dozens of
 * alternatives would make ranking tens of thousands of matches slow, and the name typed should win)
 * and for a field-only phrase; otherwise its text.
 */
export function partRankQuery(part: QueryPart): string | null {
  const typed = () => wordsToTsQuery(part.tokens.filter((t) => !FILLERS.has(t)));
  return part.kind === 'concept' ? typed() : (partTsQuery(part) ?? typed());
}

/** The text a part looks for, as to_tsquery text (OR of its alternatives); null when the text plays no part. */
export function partTsQuery(part: QueryPart): string | null {
  if (part.kind === 'word') return wordsToTsQuery(part.tokens, part.prefix);
  if (part.kind === 'concept') {
    const alternatives = [wordsToTsQuery(part.tokens), ...part.names.map(patternToTsQuery)].filter((x): x is string => x !== null);
    return alternatives.length ? `(${[...new Set(alternatives)].join(' | ')})` : null;
  }
  return part.entries.some((e) => e.text !== false) ? wordsToTsQuery(part.tokens.filter((t) => !FILLERS.has(t))) : null;
}
