// The /vacancies URL is the filter state (HOUSE_STYLE rule 6): one parser (search-params.ts), one link
// builder (here). This half has no zod, so the catalogue's first JavaScript can build links without it.
import type { AdLanguage } from '@/lib/search/ad-language';
import type { Currency, Employment, Experience, Industry, Schedule } from '@/lib/vocabularies';
import type { PageCursor } from './page-cursor';
import { MAX_QUERY_LENGTH } from './search-limits';

export const PAGE_SIZE = 20;
export { MAX_QUERY_LENGTH };
/**
 * Deeper pages are refused and not linked (hh.ru stops at 100): nobody reads them, and a page reached by its
 * number rather than a "next" link (lib/vacancies/page-cursor.ts) is read with OFFSET.
 */
export const MAX_PAGE = 500;

/** How many pages `total` results make, at most MAX_PAGE: pages past it are not served, so not linked either. */
export const pageCountFor = (total: number): number => Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';
/** relevance: only with `q`; salary: highest first; salaryAsc: lowest first (ads without pay last). */
export const SORTS = ['relevance', 'new', 'salary', 'salaryAsc'] as const;
export type Sort = (typeof SORTS)[number];

export type CatalogueFilters = {
  q: string | null;
  industry: Industry[];
  schedule: Schedule[];
  employment: Employment[];
  experience: Experience[];
  language: string[];
  salaryFrom: number | null;
  salaryTo: number | null;
  currency: Currency;
  withSalary: boolean;
  training: boolean;
  chatOnly: boolean;
  abroad: boolean;
  noNight: boolean;
  /** Both set or both null: minutes after midnight in `tz`. */
  availableFrom: number | null;
  availableTo: number | null;
  tz: string;
  /** The language the ad is written in; null = both (English ads first on /en). */
  adLanguage: AdLanguage | null;
  /** Search for `q` as typed: no typo or keyboard-layout correction ("search instead for …"). */
  exact: boolean;
  /** null = the default: relevance when `q` is given, newest otherwise. */
  sort: Sort | null;
  page: number;
};

export type IgnoredParam = { param: string; value: string };
/** `cursor`: where a "next" or "previous" link says the page starts (lib/vacancies/page-cursor.ts); not a filter. */
export type ParsedCatalogueParams = { filters: CatalogueFilters; ignored: IgnoredParam[]; cursor: PageCursor | null };
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const EMPTY_FILTERS: CatalogueFilters = {
  q: null, industry: [], schedule: [], employment: [], experience: [], language: [],
  salaryFrom: null, salaryTo: null, currency: 'RUB', withSalary: false, training: false, chatOnly: false,
  abroad: false, noNight: false, availableFrom: null, availableTo: null, tz: DEFAULT_TIME_ZONE, adLanguage: null, exact: false,
  sort: null, page: 1,
};

/** The yes/no filters, in the URL as `=1`. */
export const FLAGS = ['withSalary', 'training', 'chatOnly', 'abroad', 'noNight'] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const formatTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * The query of a /vacancies link for these filters: canonical order, defaults left out, so equal
 * filters give equal URLs (shareable, cacheable, crawlable). Use with next-intl's Link:
 * `href={{ pathname: '/vacancies', query: toCatalogueQuery(filters) }}`.
 */
export function toCatalogueQuery(filters: Partial<CatalogueFilters>): Record<string, string | string[]> {
  const f = { ...EMPTY_FILTERS, ...filters };
  const query: Record<string, string | string[]> = {};
  if (f.q) query.q = f.q;
  for (const name of ['industry', 'schedule', 'employment', 'experience', 'language'] as const) {
    if (f[name].length) query[name] = [...f[name]];
  }
  if (f.salaryFrom !== null) query.salaryFrom = String(f.salaryFrom);
  if (f.salaryTo !== null) query.salaryTo = String(f.salaryTo);
  if (f.currency !== 'RUB') query.currency = f.currency;
  for (const name of FLAGS) if (f[name]) query[name] = '1';
  if (f.availableFrom !== null && f.availableTo !== null) {
    query.availableFrom = formatTime(f.availableFrom);
    query.availableTo = formatTime(f.availableTo);
    if (f.tz !== DEFAULT_TIME_ZONE) query.tz = f.tz;
  }
  if (f.adLanguage) query.adLanguage = f.adLanguage;
  if (f.q && f.exact) query.exact = '1';
  // Relevance is the default with a text; naming it would give one page two URLs.
  if (f.sort && !(f.sort === 'relevance' && f.q)) query.sort = f.sort;
  if (f.page > 1) query.page = String(f.page);
  return query;
}

/** `?industry=finance&…` (empty string for no filters): for raw hrefs and canonical URLs. */
export function toCatalogueSearch(filters: Partial<CatalogueFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toCatalogueQuery(filters))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

type MultiField = 'industry' | 'schedule' | 'employment' | 'experience' | 'language';

/** The same filters with one option of a multi-valued filter switched on or off, back on page 1. */
export function toggleFilterValue(filters: CatalogueFilters, field: MultiField, value: string): CatalogueFilters {
  const current = filters[field] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [field]: next, page: 1 };
}
