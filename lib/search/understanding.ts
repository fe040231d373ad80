// What the results page says about a text query (issue 11): the correction it searched for, a correction
// it only offers, and the catalogue filters the query's words name ("Язык: казахский — применить").
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { DictionaryField } from './dictionary';
import type { UnderstoodQuery } from './understand';

/** Dictionary fields that are catalogue parameters, so a phrase naming one can become a filter. */
export const FILTER_FIELDS = ['industry', 'schedule', 'employment', 'experience', 'language', 'training', 'chatOnly', 'abroad'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export type FilterSuggestion = {
  field: FilterField;
  /** The value for valued fields; null for the flags (training, chatOnly, abroad). */
  value: string | null;
  /** The words of the query that named it. */
  phrase: string;
  /** The query without those words, for the filtered link (null when nothing is left). */
  rest: string | null;
};

export type SearchUnderstanding = {
  /** The text the results are for: as typed, or corrected. */
  searched: string;
  /** The query as typed when the results are for a correction of it (it found nothing as typed). */
  correctedFrom: string | null;
  /** A correction offered, not applied: the query as typed found vacancies. */
  didYouMean: string | null;
  suggestions: FilterSuggestion[];
};

const isFilterField = (field: DictionaryField): field is FilterField => (FILTER_FIELDS as readonly string[]).includes(field);

function alreadyApplied(filters: CatalogueFilters, field: FilterField, value: string | null): boolean {
  if (field === 'training' || field === 'chatOnly' || field === 'abroad') return filters[field];
  return (filters[field] as readonly string[]).includes(value ?? '');
}

/** One suggestion per value the query names and the filters do not have yet, in the order typed. */
export function filterSuggestions(understood: UnderstoodQuery, filters: CatalogueFilters): FilterSuggestion[] {
  const suggestions: FilterSuggestion[] = [];
  for (const part of understood.parts) {
    if (part.kind !== 'vocabulary') continue;
    const others = understood.parts.filter((p) => p !== part).flatMap((p) => p.tokens);
    for (const entry of part.entries) {
      if (!isFilterField(entry.field)) continue;
      const value = entry.value ?? null;
      if (alreadyApplied(filters, entry.field, value)) continue;
      if (suggestions.some((s) => s.field === entry.field && s.value === value)) continue;
      suggestions.push({ field: entry.field, value, phrase: part.tokens.join(' '), rest: others.length ? others.join(' ') : null });
    }
  }
  return suggestions;
}

/** The filters of a suggestion's link: the value added, the words that named it taken out of `q`. */
export function applySuggestion(filters: CatalogueFilters, s: FilterSuggestion): CatalogueFilters {
  const next: CatalogueFilters = { ...filters, q: s.rest, exact: false, page: 1 };
  if (s.field === 'training' || s.field === 'chatOnly' || s.field === 'abroad') next[s.field] = true;
  else (next[s.field] as string[]) = [...(filters[s.field] as string[]), s.value!];
  if (next.q === null && next.sort === 'relevance') next.sort = null;
  return next;
}
