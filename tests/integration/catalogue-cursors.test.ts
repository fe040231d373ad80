import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueResult } from '@/lib/vacancies/catalogue-types';
import type { searchVacanciesUncached as SearchVacancies } from '@/lib/vacancies/catalogue-queries';
import { encodeCursor } from '@/lib/vacancies/page-cursor';
import { EMPTY_FILTERS, parseCatalogueParams, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { openDemoDatabase, type DemoDatabase } from '../support/demo-database';

// Keyset pages (lib/vacancies/page-cursor.ts): following "next" and "previous" cursors gives exactly the
// pages their numbers give, in every order, through ties on every key. On a database of its own: the
// ties are made by rewriting the demo data.
let database: DemoDatabase;
let searchVacancies: typeof SearchVacancies;
const now = new Date();

function filters(query: string): CatalogueFilters {
  const params = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return parseCatalogueParams(raw).filters;
}

const ids = (r: CatalogueResult) => r.items.map((i) => i.id);

beforeAll(async () => {
  database = await openDemoDatabase();
  ({ searchVacanciesUncached: searchVacancies } = await import('@/lib/vacancies/catalogue-queries'));
  // Ties for every key: a dozen ads published in the same millisecond, a salary shared by many, English ads.
  await database.db.$executeRaw`
    UPDATE "vacancies" SET "publishedAt" = ${new Date(now.getTime() - 3_600_000)}
    WHERE "id" IN (SELECT "id" FROM "vacancies" WHERE "status" = 'published' ORDER BY "slug" LIMIT 12)`;
  await database.db.$executeRaw`
    UPDATE "vacancies" SET "salaryMaxRub" = 70000, "salaryMinRub" = 50000
    WHERE "id" IN (SELECT "id" FROM "vacancies" WHERE "status" = 'published' AND "salaryMaxRub" IS NOT NULL ORDER BY "slug" DESC LIMIT 15)`;
});
afterAll(() => database.close());

describe('pages from cursors', () => {
  const cases = ['', 'sort=salary', 'sort=salaryAsc', 'industry=ecommerce&industry=finance&sort=salary', 'salaryFrom=30000'];
  for (const locale of ['ru', 'en'] as const) {
    it.each(cases)(`%s (${locale}): next and previous give the numbered pages`, async (query) => {
      const f = filters(query);
      const first = await searchVacancies(f, now, { locale });
      expect(first.pageCount).toBeGreaterThan(2);
      const numbered = [first];
      for (let page = 2; page <= first.pageCount; page++) numbered.push(await searchVacancies({ ...f, page }, now, { locale }));

      let current = first;
      for (let page = 2; page <= first.pageCount; page++) {
        current = await searchVacancies({ ...f, page }, now, { locale, cursor: { direction: 'after', token: current.cursors.next! } });
        expect({ page, ids: ids(current) }).toEqual({ page, ids: ids(numbered[page - 1]!) });
      }
      for (let page = first.pageCount - 1; page >= 2; page--) {
        current = await searchVacancies({ ...f, page }, now, { locale, cursor: { direction: 'before', token: current.cursors.previous! } });
        expect({ page, ids: ids(current) }).toEqual({ page, ids: ids(numbered[page - 1]!) });
      }
    });
  }

  it('start where the cursor says (the page number only labels the page)', async () => {
    const first = await searchVacancies(EMPTY_FILTERS, now);
    const second = await searchVacancies({ ...EMPTY_FILTERS, page: 2 }, now);
    const labelledFifth = await searchVacancies({ ...EMPTY_FILTERS, page: 5 }, now, { cursor: { direction: 'after', token: first.cursors.next! } });
    expect(labelledFifth.page).toBe(5);
    expect(ids(labelledFifth)).toEqual(ids(second));
  });

  it('are not used for another order, past the last page, or for a relevance ranking', async () => {
    const first = await searchVacancies(EMPTY_FILTERS, now);
    const bySalary = await searchVacancies({ ...EMPTY_FILTERS, sort: 'salary', page: 3 }, now);
    const foreign = await searchVacancies({ ...EMPTY_FILTERS, sort: 'salary', page: 3 }, now, { cursor: { direction: 'after', token: first.cursors.next! } });
    expect(ids(foreign)).toEqual(ids(bySalary));

    const last = await searchVacancies({ ...EMPTY_FILTERS, page: first.pageCount }, now);
    const past = await searchVacancies({ ...EMPTY_FILTERS, page: first.pageCount + 5 }, now, { cursor: { direction: 'after', token: first.cursors.next! } });
    expect(past.page).toBe(first.pageCount);
    expect(ids(past)).toEqual(ids(last));

    const text = await searchVacancies(filters('q=оператор'), now);
    expect(text.cursors).toEqual({ next: null, previous: null });
  });

  it('that name no card still give a page (a card removed since, made up)', async () => {
    const made = encodeCursor('new', false, { isEn: false, salaryMax: null, salaryMin: null, publishedAt: new Date(now.getTime() + 86_400_000), id: '00000000-0000-4000-8000-000000000000' });
    const page = await searchVacancies({ ...EMPTY_FILTERS, page: 2 }, now, { cursor: { direction: 'after', token: made } });
    const first = await searchVacancies(EMPTY_FILTERS, now);
    // Every open ad is older than a cursor from tomorrow: the page starts at the newest.
    expect(ids(page)).toEqual(ids(first));

    // Nothing is older than 1970: the page is read by its number instead of left empty.
    const ancient = encodeCursor('new', false, { isEn: false, salaryMax: null, salaryMin: null, publishedAt: new Date(0), id: '00000000-0000-4000-8000-000000000000' });
    const third = await searchVacancies({ ...EMPTY_FILTERS, page: 3 }, now, { cursor: { direction: 'after', token: ancient } });
    expect(ids(third)).toEqual(ids(await searchVacancies({ ...EMPTY_FILTERS, page: 3 }, now)));
  });
});
