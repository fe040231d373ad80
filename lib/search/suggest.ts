import 'server-only';
import type { Locale } from 'next-intl';
import { suggestionLink, type SuggestFilter } from './suggest-links';
import { findSuggestTerms } from './suggest-queries';
import { MAX_SUGGESTIONS, rankSuggestions, type SuggestCandidate, type SuggestionKind } from './suggest-rank';
import { normalizeSearchText, queryWords, swapKeyboardLayout } from './suggest-text';

export type Suggestion = {
  kind: SuggestionKind;
  text: string;
  /** A path of this site in the requested language. */
  href: string;
  /** Open vacancies behind it. */
  count: number;
  /** Vocabulary entries: the catalogue filter they apply. */
  filter?: SuggestFilter;
};

/**
 * Suggestions for what someone has typed so far (`q`, already validated: 1–100 characters, no control
 * characters): vocabulary values of `locale`, companies and titles from search_terms, best first.
 */
export async function suggest(q: string, locale: Locale): Promise<Suggestion[]> {
  const normalized = normalizeSearchText(q);
  if (!queryWords(normalized).length) return [];
  const layout = swapKeyboardLayout(normalized);
  const rows = await findSuggestTerms({ normalized, swapped: layout && normalizeSearchText(layout), locale });

  const candidates: (SuggestCandidate & { filter?: SuggestFilter })[] = [];
  for (const row of rows) {
    const link = suggestionLink(row.kind, row.text, row.target, locale);
    if (link) candidates.push({ ...row, ...link });
  }
  return rankSuggestions(candidates, MAX_SUGGESTIONS).map((c) => ({
    kind: c.kind,
    text: c.text,
    href: c.href,
    count: c.weight,
    ...(c.filter ? { filter: c.filter } : {}),
  }));
}
