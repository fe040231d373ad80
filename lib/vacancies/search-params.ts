// The /vacancies URL is the filter state (HOUSE_STYLE rule 6): one parser (here), one link builder
// (catalogue-query.ts, re-exported). A value that does not parse is dropped and reported, never an error
// (PRODUCT.md, URL contract). In the browser the filter form loads this module when it is first used.
import '@/lib/zod-setup';
// zod/mini: the filter form's parser loads in the browser, where full zod would be ~30 kB gzip more.
import * as z from 'zod/mini';
import { isValidTimeZone, parseTime } from '@/lib/shifts/fit';
import { withoutNul } from '@/lib/forms/clean';
import { AD_LANGUAGES, type AdLanguage } from '@/lib/search/ad-language';
import { CURRENCIES, EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SCHEDULES, type Currency } from '@/lib/vocabularies';
import {
  EMPTY_FILTERS,
  FLAGS,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  SORTS,
  type CatalogueFilters,
  type IgnoredParam,
  type ParsedCatalogueParams,
  type RawSearchParams,
  type Sort,
} from './catalogue-query';
import { CURSOR_TOKEN, type PageCursor } from './page-cursor';

export * from './catalogue-query';

const MULTI = { industry: INDUSTRIES, schedule: SCHEDULES, employment: EMPLOYMENTS, experience: EXPERIENCES } as const;

const wholeNumber = (min: number, max: number) => z.pipe(z.coerce.number(), z.int().check(z.minimum(min), z.maximum(max)));
const amount = wholeNumber(0, 1_000_000_000);
const page = wholeNumber(1, MAX_PAGE);
const flag = z.pipe(z.enum(['1', '0', 'true', 'false']), z.transform((v) => v === '1' || v === 'true'));
const languageCode = z.string().check(z.regex(/^[a-z]{2}$/));

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

  let cursor: PageCursor | null = null;
  for (const direction of ['after', 'before'] as const) {
    const token = first(direction);
    if (token === undefined) continue;
    if (!CURSOR_TOKEN.test(token)) ignore(direction, token);
    else cursor ??= { direction, token };
  }
  // The first page starts at the first card whatever a cursor says.
  if (cursor?.direction === 'after' && filters.page === 1) cursor = null;

  return { filters, ignored, cursor };
}
