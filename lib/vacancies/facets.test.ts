import { describe, expect, it } from 'vitest';
import { computeFacets, type FacetGroup } from './facets';
import { EMPTY_FILTERS } from './search-params';

const row = (industry: string, schedule: string, languageCodes: string[], count: number, locale = 'ru'): FacetGroup => ({
  industry, schedule, employment: 'full', experience: 'noExperience', languageCodes, locale, count,
  withSalary: count, training: Math.floor(count / 2), chatOnly: count - 1, abroad: 0, noNight: count,
});

const rows = [
  row('ecommerce', 'shift', ['ru'], 10),
  row('ecommerce', 'fullDay', ['en', 'ru'], 4),
  row('finance', 'shift', ['en', 'ru'], 3),
  row('finance', 'flexible', ['de'], 2),
];

describe('computeFacets', () => {
  it('counts everything when nothing is selected', () => {
    const { total, facets } = computeFacets(rows, EMPTY_FILTERS);
    expect(total).toBe(19);
    expect(facets.industry).toMatchObject({ ecommerce: 14, finance: 5, edtech: 0 });
    expect(facets.schedule).toMatchObject({ shift: 13, fullDay: 4, flexible: 2 });
    expect(facets.language).toEqual([
      { code: 'ru', count: 17 },
      { code: 'en', count: 7 },
      { code: 'de', count: 2 },
    ]);
  });

  it('counts a group against the other groups only (OR inside, AND across)', () => {
    const { total, facets } = computeFacets(rows, { ...EMPTY_FILTERS, industry: ['ecommerce'], schedule: ['shift'] });
    expect(total).toBe(10);
    // Industry options ignore the industry selection but respect schedule=shift.
    expect(facets.industry).toMatchObject({ ecommerce: 10, finance: 3 });
    // Schedule options ignore schedule but respect industry=ecommerce.
    expect(facets.schedule).toMatchObject({ shift: 10, fullDay: 4, flexible: 0 });
  });

  it('treats languages as "needs any of them"', () => {
    const { total, facets } = computeFacets(rows, { ...EMPTY_FILTERS, language: ['en', 'de'] });
    expect(total).toBe(9);
    expect(facets.language.find((l) => l.code === 'ru')?.count).toBe(17);
    expect(facets.industry).toMatchObject({ ecommerce: 4, finance: 5 });
  });

  it('counts ads per language against the other filters, and each condition among the results', () => {
    const mixed = [...rows, row('ecommerce', 'shift', ['en'], 6, 'en')];
    const all = computeFacets(mixed, EMPTY_FILTERS);
    expect(all.facets.adLanguage).toEqual({ ru: 19, en: 6 });
    expect(all.facets.conditions).toEqual({ withSalary: 25, training: 5 + 2 + 1 + 1 + 3, chatOnly: 20, abroad: 0, noNight: 25 });
    const english = computeFacets(mixed, { ...EMPTY_FILTERS, adLanguage: 'en', industry: ['ecommerce'] });
    expect(english.total).toBe(6);
    // The ad-language options ignore their own selection but not the industry.
    expect(english.facets.adLanguage).toEqual({ ru: 14, en: 6 });
    expect(english.facets.conditions.training).toBe(3);
  });

  it('ignores values outside the vocabulary instead of inventing facet options', () => {
    const { facets } = computeFacets([row('casino', 'shift', [], 5)], EMPTY_FILTERS);
    expect(Object.keys(facets.industry)).not.toContain('casino');
  });
});
