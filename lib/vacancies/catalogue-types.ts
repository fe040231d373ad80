import type { AdLanguage } from '@/lib/search/ad-language';
import type { SearchUnderstanding } from '@/lib/search/understanding';
import type { Employment, Experience, Industry, Schedule } from '@/lib/vocabularies';
import type { VacancyCardData } from './types';

/**
 * Facet counts as hh.ru shows them: for each option, how many vacancies match all the other active
 * filters plus this option (so selecting it would give that many, or add that many for an OR group).
 */
export type FacetCounts = {
  industry: Record<Industry, number>;
  schedule: Record<Schedule, number>;
  employment: Record<Employment, number>;
  experience: Record<Experience, number>;
  /** Languages that occur in open vacancies, most frequent first. */
  language: { code: string; count: number }[];
  /** Ads written in each language. */
  adLanguage: Record<AdLanguage, number>;
  /** For each "conditions" checkbox: the results that also meet it (all of them when it is ticked). */
  conditions: Record<ConditionFlag, number>;
};

export const CONDITION_FLAGS = ['withSalary', 'training', 'chatOnly', 'abroad', 'noNight'] as const;
export type ConditionFlag = (typeof CONDITION_FLAGS)[number];

export type CatalogueResult = {
  total: number;
  /** The page shown: the requested one, or the last page when the request was past it. */
  page: number;
  pageCount: number;
  items: VacancyCardData[];
  facets: FacetCounts;
  /** How the text query was read: corrections and the filters its words name (null without `q`). */
  understanding: SearchUnderstanding | null;
  /**
   * Cursors for the "next" and "previous" links (lib/vacancies/page-cursor.ts): the last and the first card's
   * sort keys. Null when the page ranks by relevance.
   */
  cursors: { next: string | null; previous: string | null };
};
