import { describe, expect, it } from 'vitest';
import { catalogueSearchWithIgnored, hasEmptyParams } from './catalogue-url';
import { parseCatalogueParams } from './search-params';

describe('hasEmptyParams', () => {
  it('finds what a plain GET form submits for untouched fields', () => {
    expect(hasEmptyParams({ q: '', industry: 'finance' })).toBe(true);
    expect(hasEmptyParams({ industry: ['finance', ''] })).toBe(true);
    expect(hasEmptyParams({ salaryFrom: '  ' })).toBe(true);
  });

  it('is false for a query with values only', () => {
    expect(hasEmptyParams({})).toBe(false);
    expect(hasEmptyParams({ q: 'оператор', industry: ['finance', 'edtech'], page: undefined })).toBe(false);
  });
});

describe('catalogueSearchWithIgnored', () => {
  it('turns a GET form submission into the canonical query', () => {
    const raw = {
      q: 'чат', industry: 'finance', salaryFrom: '', salaryTo: '', currency: 'RUB', withSalary: '1',
      availableFrom: '', availableTo: '', tz: 'Europe/Moscow', sort: '',
    };
    const { filters, ignored } = parseCatalogueParams(raw);
    expect(catalogueSearchWithIgnored(filters, ignored)).toBe('?q=%D1%87%D0%B0%D1%82&industry=finance&withSalary=1');
  });

  it('keeps the values that did not parse, so they are reported after the redirect', () => {
    const raw = { q: '', salaryFrom: 'abc', industry: ['finance', 'nope'], sort: '' };
    const first = parseCatalogueParams(raw);
    const search = catalogueSearchWithIgnored(first.filters, first.ignored);
    expect(search).toBe('?industry=finance&industry=nope&salaryFrom=abc');
    const again = parseCatalogueParams(Object.fromEntries([...new URLSearchParams(search).keys()].map((k) => [k, new URLSearchParams(search).getAll(k)])));
    expect(again.ignored).toEqual(first.ignored);
    expect(hasEmptyParams(Object.fromEntries(new URLSearchParams(search)))).toBe(false);
  });

  it('never leads to another URL with empty values (no redirect loop)', () => {
    for (const raw of [{ industry: ' ' }, { language: '  ', q: '' }, { sort: ' ' }, { salaryFrom: '\u00a0' }, { tz: ' ', availableFrom: ' ' }]) {
      const { filters, ignored } = parseCatalogueParams(raw);
      const search = catalogueSearchWithIgnored(filters, ignored);
      const params = new URLSearchParams(search);
      expect(hasEmptyParams(Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)]))), search).toBe(false);
    }
  });

  it('is empty for no filters', () => {
    const { filters, ignored } = parseCatalogueParams({ q: '', sort: '', currency: 'RUB' });
    expect(catalogueSearchWithIgnored(filters, ignored)).toBe('');
  });
});
