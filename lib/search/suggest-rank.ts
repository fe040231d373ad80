// Which candidates the suggestion box shows, and in what order. Pure: the SQL (suggest-queries.ts)
// finds candidates with how well they matched; this module decides.

export const SUGGESTION_KINDS = ['vocabulary', 'company', 'title'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * How a term matched the typed text, best first:
 * 5 its whole text; 4 its beginning; 3 every typed word starts one of its words (in any order);
 * 2 the same for the text retyped in the other keyboard layout; 1 trigram similarity (a typo).
 */
export const MATCH = { exact: 5, prefix: 4, words: 3, layout: 2, similar: 1 } as const;
export type MatchTier = (typeof MATCH)[keyof typeof MATCH];

export type SuggestCandidate = {
  kind: SuggestionKind;
  text: string;
  normalized: string;
  /** Open vacancies behind the term. */
  weight: number;
  tier: MatchTier;
  /** word_similarity of the typed text to the term, 0–1 (ties within the typo tier). */
  similarity: number;
  /** Where choosing it leads; several terms (synonyms) may lead to the same place. */
  href: string;
};

export const MAX_SUGGESTIONS = 8;
/** No kind fills the whole list while another kind has candidates: titles are many, filters few. */
export const MAX_PER_KIND = 5;

/** Filters first at equal match: one click answers more than a title search. */
const KIND_ORDER: Record<SuggestionKind, number> = { vocabulary: 0, company: 1, title: 2 };

export function compareCandidates(a: SuggestCandidate, b: SuggestCandidate): number {
  return (
    b.tier - a.tier ||
    (a.tier === MATCH.similar ? b.similarity - a.similarity : 0) ||
    // Twice the vacancies is worth more than the kind; a few more are not.
    Math.round(Math.log2(b.weight + 1)) - Math.round(Math.log2(a.weight + 1)) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    b.weight - a.weight ||
    a.text.length - b.text.length ||
    a.text.localeCompare(b.text)
  );
}

/**
 * The list to show: best first, one entry per destination (the best-matching synonym), at most
 * MAX_PER_KIND of a kind unless nothing else is left to fill the list, at most `limit` in all.
 */
export function rankSuggestions<T extends SuggestCandidate>(candidates: readonly T[], limit = MAX_SUGGESTIONS): T[] {
  const seen = new Set<string>();
  const unique = [...candidates].sort(compareCandidates).filter((c) => !seen.has(c.href) && seen.add(c.href));
  const chosen: T[] = [];
  const overflow: T[] = [];
  const perKind: Record<SuggestionKind, number> = { vocabulary: 0, company: 0, title: 0 };
  for (const candidate of unique) {
    if (chosen.length === limit) break;
    if (perKind[candidate.kind] < MAX_PER_KIND) {
      perKind[candidate.kind] += 1;
      chosen.push(candidate);
    } else {
      overflow.push(candidate);
    }
  }
  const filled = [...chosen, ...overflow.slice(0, limit - chosen.length)];
  return filled.sort(compareCandidates);
}
