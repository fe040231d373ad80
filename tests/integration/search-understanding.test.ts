import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { searchVacancies as SearchVacancies } from '@/lib/vacancies/catalogue-queries';
import { EMPTY_FILTERS, parseCatalogueParams, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { evaluateSearch, loadJudgedVacancies } from '../search/evaluate';
import { openDemoDatabase, type DemoDatabase } from '../support/demo-database';

// Query understanding, typo and layout correction, the ad-language preference, and the relevance floor
// over the demo data (tests/search/relevance-queries.ts), on a database of its own.
let database: DemoDatabase;
let db: DemoDatabase['db'];
let searchVacancies: typeof SearchVacancies;
const now = new Date();

const filters = (query: Record<string, string>): CatalogueFilters => parseCatalogueParams(query).filters;
const search = (query: Record<string, string>, locale: 'ru' | 'en' = 'ru') => searchVacancies(filters(query), now, { locale });
const open = { status: 'published' as const, expiresAt: { gt: now }, company: { blockedAt: null } };

beforeAll(async () => {
  database = await openDemoDatabase();
  db = database.db;
  ({ searchVacancies } = await import('@/lib/vacancies/catalogue-queries'));
});
afterAll(() => database.close());

describe('query understanding', () => {
  it('finds a language by its name: every vacancy with the language, as the filter does', async () => {
    const withKazakh = await db.vacancy.count({ where: { ...open, languageCodes: { has: 'kk' } } });
    expect(withKazakh).toBeGreaterThan(3);
    const byWord = await search({ q: 'казахский' });
    const byFilter = await search({ language: 'kk' });
    expect(byWord.total).toBeGreaterThanOrEqual(byFilter.total);
    expect(byFilter.total).toBe(withKazakh);
    expect(byWord.understanding?.suggestions).toEqual([{ field: 'language', value: 'kk', phrase: 'казахский', rest: null }]);
  });

  it('reads «без опыта» as the experience field, not as the word «опыт» in the text', async () => {
    const result = await search({ q: 'без опыта' });
    expect(result.total).toBe(await db.vacancy.count({ where: { ...open, experience: 'noExperience' } }));
  });

  it('finds every name of the profession with any other', async () => {
    const saport = await search({ q: 'саппорт' });
    expect(saport.total).toBeGreaterThan(50);
    expect(saport.items[0]!.title).toMatch(/поддерж|support|оператор|чат/i);
  });

  it('searches for the corrected words when the typed ones find nothing, and says so', async () => {
    const typo = await search({ q: 'оператр' });
    expect(typo.total).toBeGreaterThan(0);
    expect(typo.understanding).toMatchObject({ searched: 'оператор', correctedFrom: 'оператр' });
    const layout = await search({ q: 'jgthfnjh xfnf' });
    expect(layout.understanding).toMatchObject({ searched: 'оператор чата', correctedFrom: 'jgthfnjh xfnf' });
    expect(layout.total).toBe((await search({ q: 'оператор чата' })).total);
  });

  it('searches as typed with exact=1, and for a word it does not know', async () => {
    const exact = await search({ q: 'оператр', exact: '1' });
    expect(exact.total).toBe(0);
    expect(exact.understanding).toMatchObject({ correctedFrom: null, didYouMean: null });
    const unknown = await search({ q: 'зкщшчйфыв' });
    expect(unknown.total).toBe(0);
    expect(unknown.understanding?.correctedFrom).toBeNull();
  });

  it('takes words the dictionary ignores, typed alone, as no condition: the first letter of «оператор» lists everything', async () => {
    const all = (await search({})).total;
    for (const q of ['о', 'в', 'и на', 'С']) expect((await search({ q })).total, q).toBe(all);
    // Beside a real word they change nothing.
    expect((await search({ q: 'о чат' })).total).toBe((await search({ q: 'чат' })).total);
    expect((await search({ q: 'оп' })).total).toBeLessThan(all);
  });

  it('takes hostile text as text', async () => {
    for (const q of ["'; DROP TABLE vacancies; --", '!!! & | :*', 'a'.repeat(200), 'оператор\u0000чата', '%', '\\']) {
      const result = await search({ q });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('ad language', () => {
  it('lists English ads first on /en, without hiding the others', async () => {
    const ru = await search({});
    const en = await search({}, 'en');
    expect(en.total).toBe(ru.total);
    const english = await db.vacancy.findMany({ where: { ...open, locale: 'en' }, select: { id: true } });
    expect(english.length).toBeGreaterThan(5);
    const ids = new Set(english.map((v) => v.id));
    expect(en.items.slice(0, Math.min(5, english.length)).every((i) => ids.has(i.id))).toBe(true);
    expect(ru.items.some((i) => !ids.has(i.id))).toBe(true);
  });

  it('filters by it and counts both languages', async () => {
    const only = await search({ adLanguage: 'en' });
    expect(only.total).toBe(await db.vacancy.count({ where: { ...open, locale: 'en' } }));
    expect(only.facets.adLanguage.en).toBe(only.total);
    expect(only.facets.adLanguage.ru).toBe(await db.vacancy.count({ where: { ...open, locale: 'ru' } }));
  });
});

describe('condition counts and sorting', () => {
  it('counts each condition among the results', async () => {
    const all = await search({});
    expect(all.facets.conditions.training).toBe(await db.vacancy.count({ where: { ...open, trainingProvided: true } }));
    expect(all.facets.conditions.chatOnly).toBe((await search({ chatOnly: '1' })).total);
    const ticked = await search({ training: '1' });
    expect(ticked.facets.conditions.training).toBe(ticked.total);
  });

  it('sorts by salary ascending with unpaid ads last', async () => {
    const result = await searchVacancies({ ...EMPTY_FILTERS, sort: 'salaryAsc' }, now);
    const cards = await db.vacancy.findMany({ where: { id: { in: result.items.map((i) => i.id) } }, select: { id: true, salaryMinRub: true } });
    const min = new Map(cards.map((c) => [c.id, c.salaryMinRub]));
    const values = result.items.map((i) => min.get(i.id)).filter((v): v is number => v !== null && v !== undefined);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('relevance over the demo data', () => {
  it('keeps recall@10 and nDCG@10 above the floor (npm run eval:search prints the figures)', async () => {
    const vacancies = await loadJudgedVacancies(db, now);
    const report = await evaluateSearch(vacancies, async (q, locale) => (await search({ q }, locale)).items.map((i) => i.id));
    expect(report.queries.length).toBeGreaterThanOrEqual(60);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.ndcg).toBeGreaterThanOrEqual(0.92);
    for (const group of report.groups) expect(group.recall, group.group).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
