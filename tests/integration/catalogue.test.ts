import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToRub, type Rates } from '@/lib/salary/normalize';
import { anySlotFits } from '@/lib/shifts/fit';
import type { searchVacancies as SearchVacancies } from '@/lib/vacancies/catalogue-queries';
import { classified } from '@/lib/vacancies/classified';
import { EMPTY_FILTERS, PAGE_SIZE, parseCatalogueParams, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { CURRENCIES, EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SCHEDULES } from '@/lib/vocabularies';
import { openDemoDatabase, type DemoDatabase } from '../support/demo-database';

// An oracle: every open vacancy loaded once and filtered in plain TypeScript with the pure modules;
// the SQL must agree with it for each filter alone and in combinations. On a database of its own (the demo
// data alone): the shared one gets published vacancies from other files while this one compares.
let database: DemoDatabase;
let db: DemoDatabase['db'];
let searchVacancies: typeof SearchVacancies;
const now = new Date();
type Row = Awaited<ReturnType<typeof loadOpen>>[number];
let open: Row[] = [];
let rates: Rates;

async function loadOpen() {
  const rows = await db.vacancy.findMany({
    where: { status: 'published', expiresAt: { gt: now }, company: { blockedAt: null } },
    include: { languages: true, shiftSlots: true },
  });
  return rows.map(classified);
}

function oracle(f: CatalogueFilters): Set<string> {
  const fromRub = f.salaryFrom === null ? null : convertToRub(f.salaryFrom, f.currency, rates);
  const toRub = f.salaryTo === null ? null : convertToRub(f.salaryTo, f.currency, rates);
  return new Set(
    open
      .filter((v) => !f.industry.length || f.industry.includes(v.industry))
      .filter((v) => !f.schedule.length || f.schedule.includes(v.schedule))
      .filter((v) => !f.employment.length || f.employment.includes(v.employment))
      .filter((v) => !f.experience.length || f.experience.includes(v.experience))
      .filter((v) => !f.language.length || v.languages.some((l) => f.language.includes(l.language)))
      .filter((v) => fromRub === null || (v.salaryMaxRub !== null && v.salaryMaxRub >= fromRub))
      .filter((v) => toRub === null || (v.salaryMinRub !== null && v.salaryMinRub <= toRub))
      .filter((v) => !f.withSalary || v.salaryMaxRub !== null)
      .filter((v) => !f.training || v.trainingProvided)
      .filter((v) => !f.chatOnly || !v.voiceRequired)
      .filter((v) => !f.abroad || v.abroadAllowed)
      .filter((v) => !f.noNight || !v.nightShifts)
      .filter(
        (v) =>
          f.availableFrom === null ||
          f.availableTo === null ||
          anySlotFits(
            v.shiftSlots.map((s) => ({ start: s.startMinute, end: s.endMinute, timeZone: s.timeZone })),
            { from: f.availableFrom, to: f.availableTo, timeZone: f.tz },
            now,
          ),
      )
      .map((v) => v.id),
  );
}

/** All matching ids across pages. */
async function allIds(f: CatalogueFilters): Promise<Set<string>> {
  const ids = new Set<string>();
  const first = await searchVacancies({ ...f, page: 1 }, now);
  first.items.forEach((i) => ids.add(i.id));
  for (let page = 2; page <= first.pageCount; page++) {
    (await searchVacancies({ ...f, page }, now)).items.forEach((i) => ids.add(i.id));
  }
  expect(ids.size).toBe(first.total);
  return ids;
}

function filters(query: string): CatalogueFilters {
  const params = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return parseCatalogueParams(raw).filters;
}

beforeAll(async () => {
  database = await openDemoDatabase();
  db = database.db;
  ({ searchVacancies } = await import('@/lib/vacancies/catalogue-queries'));
  open = await loadOpen();
  const rows = await db.exchangeRate.findMany();
  rates = Object.fromEntries(CURRENCIES.map((c) => [c, rows.find((r) => r.currency === c)!.rubPerUnit.toNumber()])) as Rates;
});
afterAll(() => database.close());

describe('searchVacancies agrees with the oracle', () => {
  const single = [
    ...INDUSTRIES.map((v) => `industry=${v}`),
    ...SCHEDULES.map((v) => `schedule=${v}`),
    ...EMPLOYMENTS.map((v) => `employment=${v}`),
    ...EXPERIENCES.map((v) => `experience=${v}`),
    'language=en', 'language=de', 'language=kk', 'language=xx',
    'salaryFrom=60000', 'salaryTo=40000', 'salaryFrom=40000&salaryTo=70000',
    'salaryFrom=1000&currency=USD', 'salaryFrom=300000&currency=KZT', 'salaryTo=1500&currency=EUR',
    'withSalary=1', 'training=1', 'chatOnly=1', 'abroad=1', 'noNight=1',
    'availableFrom=09:00&availableTo=18:00', 'availableFrom=20:00&availableTo=10:00',
    'availableFrom=21:00&availableTo=09:00&tz=Asia/Yekaterinburg', 'availableFrom=00:00&availableTo=00:00',
    'availableFrom=08:00&availableTo=22:00&tz=America/New_York',
  ];
  it.each(single)('%s', async (query) => {
    const f = filters(query);
    expect(await allIds(f)).toEqual(oracle(f));
  });

  const combined = [
    'industry=ecommerce&industry=finance&schedule=shift',
    'industry=edtech&employment=part&training=1',
    'language=en&language=de&salaryFrom=80000',
    'experience=noExperience&chatOnly=1&noNight=1',
    'schedule=shift&availableFrom=20:00&availableTo=10:00&tz=Europe/Moscow&withSalary=1',
    'industry=software&experience=between1And3&experience=between3And6&abroad=1',
    'salaryFrom=500&salaryTo=2000&currency=USD&employment=full&language=ru',
  ];
  it.each(combined)('%s', async (query) => {
    const f = filters(query);
    expect(await allIds(f)).toEqual(oracle(f));
  });
});

describe('facet counts', () => {
  it('count each option against the other active filters', async () => {
    const f = filters('industry=ecommerce&schedule=shift&training=1');
    const { facets, total } = await searchVacancies(f, now);
    // Industry options ignore the industry selection but keep schedule and training.
    for (const industry of INDUSTRIES) {
      expect(facets.industry[industry]).toBe(oracle({ ...f, industry: [industry] }).size);
    }
    for (const schedule of SCHEDULES) {
      expect(facets.schedule[schedule]).toBe(oracle({ ...f, schedule: [schedule] }).size);
    }
    for (const { code, count } of facets.language) {
      expect(count).toBe(oracle({ ...f, language: [code] }).size);
    }
    expect(total).toBe(oracle(f).size);
  });
});

describe('full-text search', () => {
  const count = async (q: string) => (await searchVacancies({ ...EMPTY_FILTERS, q }, now)).total;

  it('stems Russian: «операторы» finds «оператор»', async () => {
    expect(await count('операторы')).toBeGreaterThan(0);
    expect(await count('операторы')).toBe(await count('оператор'));
  });
  it('stems English: "operators" finds "operator"', async () => {
    expect(await count('operators')).toBeGreaterThan(0);
    expect(await count('operators')).toBe(await count('operator'));
  });
  it('tolerates a partial last word as someone types', async () => {
    expect(await count('операт')).toBeGreaterThanOrEqual(await count('оператор'));
    expect(await count('suppo')).toBeGreaterThan(0);
  });
  it('searches company names', async () => {
    const v = open[0]!;
    const result = await searchVacancies({ ...EMPTY_FILTERS, q: v.companyName }, now);
    expect(result.items.map((i) => i.companyName)).toContain(v.companyName);
  });
  it('ranks title matches first', async () => {
    const { items } = await searchVacancies({ ...EMPTY_FILTERS, q: 'ночной' }, now);
    expect(items[0]?.title.toLowerCase()).toMatch(/ночн/);
  });
  it('survives operators, quotes and symbols', async () => {
    for (const q of ['"', "'; DROP TABLE vacancies; --", '!!! & | :*', 'оператор & | !', '\\', '<script>']) {
      await expect(searchVacancies({ ...EMPTY_FILTERS, q }, now)).resolves.toBeDefined();
    }
  });
});

describe('sorting and pagination', () => {
  it('sorts by the normalized maximum, highest first, without salary last', async () => {
    const { items } = await searchVacancies({ ...EMPTY_FILTERS, sort: 'salary', withSalary: true }, now);
    const max = items.map((i) => i.salary!.maxRub!);
    expect(max).toEqual([...max].sort((a, b) => b - a));
  });
  it('sorts newest first by default', async () => {
    const { items } = await searchVacancies(EMPTY_FILTERS, now);
    const times = items.map((i) => i.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
  it('pages by 20 and clamps a page past the end to the last page', async () => {
    const first = await searchVacancies(EMPTY_FILTERS, now);
    expect(first.items).toHaveLength(Math.min(PAGE_SIZE, first.total));
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    const past = await searchVacancies({ ...EMPTY_FILTERS, page: 400 }, now);
    expect(past.page).toBe(first.pageCount);
    expect(past.items.length).toBe(first.total - (first.pageCount - 1) * PAGE_SIZE);
  });
  // A text search reads its matches once, facets and page from the same scan (decision 008).
  it('pages a text search through every match once, in every sort, with facets that agree', async () => {
    const base = filters('q=оператор&industry=ecommerce&industry=finance');
    const bySort = await Promise.all((['relevance', 'new', 'salary', 'salaryAsc'] as const).map((sort) => allIds({ ...base, sort })));
    // The same rows in each sort (the order within a sort is checked by the sort tests and the clamp test below).
    expect(bySort[0]!.size).toBeGreaterThan(PAGE_SIZE);
    for (const ids of bySort) expect(ids).toEqual(bySort[0]);
    const first = await searchVacancies(base, now);
    const industries = base.industry.reduce((n, industry) => n + first.facets.industry[industry as keyof typeof first.facets.industry], 0);
    expect(industries).toBe(first.total);
  });
  it('clamps a text search past its last page to the last page', async () => {
    const f = filters('q=поддержка');
    const first = await searchVacancies(f, now);
    const past = await searchVacancies({ ...f, page: first.pageCount + 3 }, now);
    expect(past.page).toBe(first.pageCount);
    expect(past.items.length).toBe(first.total - (first.pageCount - 1) * PAGE_SIZE);
    // The last page asked for directly comes from the one-scan statement; past the end, from the page statement.
    const last = await searchVacancies({ ...f, page: first.pageCount }, now);
    expect(past.items.map((v) => v.id)).toEqual(last.items.map((v) => v.id));
  });
  it('returns an empty first page when nothing matches', async () => {
    const none = await searchVacancies({ ...EMPTY_FILTERS, q: 'зюзюкабра' }, now);
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, items: [] });
  });
});
