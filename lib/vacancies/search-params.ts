// The /vacancies URL is the filter state (HOUSE_STYLE rule 6): one parser, one link builder.
// A value that does not parse is dropped and reported, never an error (PRODUCT.md, URL contract).
import '@/lib/zod-setup';
import { z } from 'zod';
import { isValidTimeZone, parseTime } from '@/lib/shifts/fit';
import { withoutNul } from '@/lib/forms/clean';
import { AD_LANGUAGES, type AdLanguage } from '@/lib/search/ad-language';
import {
  CURRENCIES,
  EMPLOYMENTS,
  EXPERIENCES,
  INDUSTRIES,
  SCHEDULES,
  type Currency,
  type Employment,
  type Experience,
  type Industry,
  type Schedule,
} from '@/lib/vocabularies';
import { MAX_QUERY_LENGTH } from './search-limits';

export const PAGE_SIZE = 20;
export { MAX_QUERY_LENGTH };
/** Deeper pages are refused: nobody reads them, and OFFSET that deep only costs the database. */
export const MAX_PAGE = 500;
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
export type ParsedCatalogueParams = { filters: CatalogueFilters; ignored: IgnoredParam[] };
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const EMPTY_FILTERS: CatalogueFilters = {
  q: null, industry: [], schedule: [], employment: [], experience: [], language: [],
  salaryFrom: null, salaryTo: null, currency: 'RUB', withSalary: false, training: false, chatOnly: false,
  abroad: false, noNight: false, availableFrom: null, availableTo: null, tz: DEFAULT_TIME_ZONE, adLanguage: null, exact: false,
  sort: null, page: 1,
};

const MULTI = { industry: INDUSTRIES, schedule: SCHEDULES, employment: EMPLOYMENTS, experience: EXPERIENCES } as const;
const FLAGS = ['withSalary', 'training', 'chatOnly', 'abroad', 'noNight'] as const;

const amount = z.coerce.number().int().min(0).max(1_000_000_000);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const languageCode = z.string().regex(/^[a-z]{2}$/);

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function parseCatalogueParams(raw: RawSearchParams): ParsedCatalogueParams {
  const filters: CatalogueFilters = { ...EMPTY_FILTERS, industry: [], schedule: [], employment: [], experience: [], language: [] };
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string) => ignored.push({ param, value: value.slice(0, 80) });
  // Single-valued parameters take their first value; a repeated one is not an error worth reporting.
  const first = (name: string): string | undefined => list(raw[name]).map(withoutNul).find((v) => v.trim() !== '')?.trim();

  const q = first('q');
  if (q !== undefined) {
    filters.q = q.slice(0, MAX_QUERY_LENGTH);
    if (q.length > MAX_QUERY_LENGTH) ignore('q', q.slice(MAX_QUERY_LENGTH));
  }

  for (const [name, allowed] of Object.entries(MULTI) as [keyof typeof MULTI, readonly string[]][]) {
    const values = new Set<string>();
    for (const value of list(raw[name])) {
      if (allowed.includes(value)) values.add(value);
      else if (value !== '') ignore(name, value);
    }
    (filters[name] as string[]) = [...values];
  }

  const languages = new Set<string>();
  for (const value of list(raw.language)) {
    const code = value.trim().toLowerCase();
    if (languageCode.safeParse(code).success) languages.add(code);
    else if (value !== '') ignore('language', value);
  }
  filters.language = [...languages];

  const currency = first('currency');
  if (currency !== undefined) {
    const upper = currency.toUpperCase();
    if ((CURRENCIES as readonly string[]).includes(upper)) filters.currency = upper as Currency;
    else ignore('currency', currency);
  }

  for (const name of ['salaryFrom', 'salaryTo'] as const) {
    const value = first(name);
    if (value === undefined) continue;
    const parsed = amount.safeParse(value.replace(/[\s\u00a0_]/g, ''));
    if (parsed.success) filters[name] = parsed.data;
    else ignore(name, value);
  }
  if (filters.salaryFrom !== null && filters.salaryTo !== null && filters.salaryTo < filters.salaryFrom) {
    ignore('salaryTo', String(filters.salaryTo));
    filters.salaryTo = null;
  }

  for (const name of FLAGS) {
    const value = first(name);
    if (value === undefined) continue;
    const parsed = flag.safeParse(value.toLowerCase());
    if (parsed.success) filters[name] = parsed.data;
    else ignore(name, value);
  }

  const tz = first('tz');
  if (tz !== undefined) {
    if (isValidTimeZone(tz)) filters.tz = tz;
    else ignore('tz', tz);
  }
  const from = first('availableFrom');
  const to = first('availableTo');
  const fromMinutes = from === undefined ? null : parseTime(from);
  const toMinutes = to === undefined ? null : parseTime(to);
  if (from !== undefined && fromMinutes === null) ignore('availableFrom', from);
  if (to !== undefined && toMinutes === null) ignore('availableTo', to);
  if (fromMinutes !== null && toMinutes !== null) {
    filters.availableFrom = fromMinutes;
    filters.availableTo = toMinutes;
  } else if (fromMinutes !== null) ignore('availableFrom', from!);
  else if (toMinutes !== null) ignore('availableTo', to!);

  const adLanguage = first('adLanguage');
  if (adLanguage !== undefined) {
    if ((AD_LANGUAGES as readonly string[]).includes(adLanguage)) filters.adLanguage = adLanguage as AdLanguage;
    else ignore('adLanguage', adLanguage);
  }

  const exact = first('exact');
  if (exact !== undefined) {
    const parsed = flag.safeParse(exact.toLowerCase());
    if (parsed.success) filters.exact = parsed.data;
    else ignore('exact', exact);
  }

  const sort = first('sort');
  if (sort !== undefined) {
    // Relevance ranks by the text: without one it is the default order, not an error.
    if (sort === 'relevance' && filters.q === null) ignore('sort', sort);
    else if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
    else ignore('sort', sort);
  }

  const pageValue = first('page');
  if (pageValue !== undefined) {
    const parsed = page.safeParse(pageValue);
    if (parsed.success) filters.page = parsed.data;
    else ignore('page', pageValue);
  }

  return { filters, ignored };
}

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
