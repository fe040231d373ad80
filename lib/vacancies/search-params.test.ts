import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  MAX_PAGE,
  pageCountFor,
  MAX_QUERY_LENGTH,
  parseCatalogueParams,
  toCatalogueQuery,
  toCatalogueSearch,
  toggleFilterValue,
  type RawSearchParams,
} from './search-params';

const parse = (raw: RawSearchParams) => parseCatalogueParams(raw);

describe('parseCatalogueParams', () => {
  it('gives the defaults for no parameters', () => {
    expect(parse({})).toEqual({ filters: EMPTY_FILTERS, ignored: [], cursor: null });
  });

  it('reads every parameter of the URL contract', () => {
    const { filters, ignored } = parse({
      q: '  оператор чата ', industry: ['ecommerce', 'finance'], schedule: 'shift', employment: ['part'],
      experience: 'noExperience', language: ['EN', 'de'], salaryFrom: '40 000', salaryTo: '90000', currency: 'usd',
      withSalary: '1', training: '1', chatOnly: 'true', abroad: '1', noNight: '0',
      availableFrom: '21:00', availableTo: '09:00', tz: 'Asia/Almaty', sort: 'salary', page: '3',
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: 'оператор чата', industry: ['ecommerce', 'finance'], schedule: ['shift'], employment: ['part'],
      experience: ['noExperience'], language: ['en', 'de'], salaryFrom: 40000, salaryTo: 90000, currency: 'USD',
      withSalary: true, training: true, chatOnly: true, abroad: true, noNight: false,
      availableFrom: 21 * 60, availableTo: 9 * 60, tz: 'Asia/Almaty', adLanguage: null, exact: false, sort: 'salary', page: 3,
    });
  });

  it('drops and reports values that do not parse', () => {
    const { filters, ignored } = parse({
      industry: ['ecommerce', 'casino'], salaryFrom: 'abc', page: '-3', sort: 'cheap', currency: 'BTC',
      availableFrom: '25:00', availableTo: '10:00', tz: 'Mars/Olympus', training: 'yes', language: 'eng',
    });
    expect(filters.industry).toEqual(['ecommerce']);
    expect(filters.salaryFrom).toBeNull();
    expect(filters.page).toBe(1);
    expect(filters.availableFrom).toBeNull();
    expect(filters.availableTo).toBeNull();
    expect(filters.tz).toBe('Europe/Moscow');
    expect(ignored.map((i) => i.param).sort()).toEqual(
      ['availableFrom', 'availableTo', 'currency', 'industry', 'language', 'page', 'salaryFrom', 'sort', 'training', 'tz'].sort(),
    );
  });

  it('needs both ends of the hours window', () => {
    expect(parse({ availableFrom: '09:00' }).ignored).toEqual([{ param: 'availableFrom', value: '09:00' }]);
    expect(parse({ availableFrom: '09:00' }).filters.availableFrom).toBeNull();
  });

  it('drops a salaryTo below salaryFrom', () => {
    const { filters, ignored } = parse({ salaryFrom: '80000', salaryTo: '30000' });
    expect(filters).toMatchObject({ salaryFrom: 80000, salaryTo: null });
    expect(ignored).toEqual([{ param: 'salaryTo', value: '30000' }]);
  });

  it('caps the query length and the page number', () => {
    const long = 'а'.repeat(MAX_QUERY_LENGTH + 50);
    expect(parse({ q: long }).filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse({ page: String(MAX_PAGE + 1) }).ignored).toHaveLength(1);
    expect(parse({ page: '1e3' }).filters.page).toBe(1);
  });

  it('never throws, whatever arrives', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(EMPTY_FILTERS)), fc.string()), value), (raw) => {
        const { filters } = parse(raw);
        expect(filters.page).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pageCountFor', () => {
  it('counts pages of 20, at least one, and never past the last page a URL may ask for', () => {
    expect([0, 1, 20, 21, 400].map(pageCountFor)).toEqual([1, 1, 1, 2, 20]);
    // 77,926 open ads would make 3,897 pages; the parser refuses page=501, so the last link is page 500.
    expect(pageCountFor(77_926)).toBe(MAX_PAGE);
    expect(parse({ page: String(pageCountFor(77_926)) }).ignored).toEqual([]);
  });
});

describe('toCatalogueQuery / toCatalogueSearch', () => {
  it('leaves defaults out', () => {
    expect(toCatalogueQuery(EMPTY_FILTERS)).toEqual({});
    expect(toCatalogueSearch({})).toBe('');
  });

  it('round-trips through the parser', () => {
    const { filters } = parse({
      q: 'chat', industry: ['finance', 'edtech'], language: 'en', salaryFrom: '1000', currency: 'EUR', training: '1',
      availableFrom: '08:30', availableTo: '17:00', tz: 'Asia/Tashkent', sort: 'salary', page: '2',
    });
    const search = new URLSearchParams(toCatalogueSearch(filters));
    const raw: RawSearchParams = {};
    for (const key of new Set(search.keys())) raw[key] = search.getAll(key);
    expect(parse(raw).filters).toEqual(filters);
  });

  it('keeps tz only with an hours window', () => {
    expect(toCatalogueQuery({ tz: 'Asia/Almaty' })).toEqual({});
    expect(toCatalogueQuery({ tz: 'Asia/Almaty', availableFrom: 60, availableTo: 120 })).toMatchObject({ tz: 'Asia/Almaty' });
  });

  it('toggles a facet option and goes back to page 1', () => {
    const on = toggleFilterValue({ ...EMPTY_FILTERS, page: 4 }, 'industry', 'telecom');
    expect(on).toMatchObject({ industry: ['telecom'], page: 1 });
    expect(toggleFilterValue(on, 'industry', 'telecom').industry).toEqual([]);
  });
});

describe('adLanguage, exact and the sorts', () => {
  it('reads the ad language and drops anything else', () => {
    expect(parseCatalogueParams({ adLanguage: 'en' }).filters.adLanguage).toBe('en');
    const bad = parseCatalogueParams({ adLanguage: 'de' });
    expect(bad.filters.adLanguage).toBeNull();
    expect(bad.ignored).toEqual([{ param: 'adLanguage', value: 'de' }]);
  });
  it('keeps exact only with a query and relevance only as the default with one', () => {
    expect(toCatalogueQuery(parseCatalogueParams({ q: 'jgthfnjh', exact: '1' }).filters)).toEqual({ q: 'jgthfnjh', exact: '1' });
    expect(toCatalogueQuery(parseCatalogueParams({ exact: '1' }).filters)).toEqual({});
    expect(toCatalogueQuery(parseCatalogueParams({ q: 'чат', sort: 'relevance' }).filters)).toEqual({ q: 'чат' });
    const noText = parseCatalogueParams({ sort: 'relevance' });
    expect(noText.filters.sort).toBeNull();
    expect(noText.ignored).toEqual([{ param: 'sort', value: 'relevance' }]);
    expect(parseCatalogueParams({ sort: 'salaryAsc' }).filters.sort).toBe('salaryAsc');
  });
});
