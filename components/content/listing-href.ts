import type { Employment, Experience, Industry, LanguageCode, Schedule } from '@/lib/vocabularies';

/** Filters of `/vacancies` that editorial pages link to (names and values from the URL contract in PRODUCT.md). */
export type ListingQuery = {
  industry?: Industry;
  schedule?: Schedule;
  employment?: Employment;
  experience?: Experience;
  language?: LanguageCode;
  training?: '1';
  chatOnly?: '1';
  abroad?: '1';
  noNight?: '1';
};

/** A next-intl `Link` href for a filtered listing; the Link adds `/en` in English. */
export function listingHref(query: ListingQuery = {}) {
  return { pathname: '/vacancies', query } as const;
}
