import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { searchVacanciesUncached as SearchVacancies } from '@/lib/vacancies/catalogue-queries';
import { parseCatalogueParams, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { createPrismaClient } from '@/lib/db-client';
import { INDUSTRIES, SCHEDULES } from '@/lib/vocabularies';
import { openDemoDatabase, type DemoDatabase } from '../support/demo-database';
import type { insertVacancy as InsertVacancy } from '../support/factories';

// The facet counts the triggers keep (catalogue_facet_counts, decision 008) against the rows themselves,
// after each kind of change a vacancy goes through; and the catalogue's facets read from them against a
// plain count of the open vacancies, with published rows it must not show (expired before the job closed
// them, of a blocked company). On a database of its own: the comparisons are of whole tables.
let database: DemoDatabase;
let db: DemoDatabase['db'];
let searchVacancies: typeof SearchVacancies;
let insertVacancy: typeof InsertVacancy;

/** The groups where the kept counts and a fresh count of the published rows differ, in one snapshot. */
async function drift(): Promise<unknown[]> {
  return db.$queryRaw<unknown[]>`
    WITH fresh AS (
      SELECT concat_ws('|', "industry", "schedule", "employment", "experience", array_to_string("languageCodes", ','), "locale") AS "key",
             count(*)::int AS "count",
             (count(*) FILTER (WHERE "salaryMaxRub" IS NOT NULL))::int AS "withSalary",
             (count(*) FILTER (WHERE "trainingProvided"))::int AS "training",
             (count(*) FILTER (WHERE NOT "voiceRequired"))::int AS "chatOnly",
             (count(*) FILTER (WHERE "abroadAllowed"))::int AS "abroad",
             (count(*) FILTER (WHERE NOT "nightShifts"))::int AS "noNight"
      FROM "vacancies" WHERE "status" = 'published'
      GROUP BY "industry", "schedule", "employment", "experience", "languageCodes", "locale"
    ), kept AS (
      SELECT "key", "count", "withSalary", "training", "chatOnly", "abroad", "noNight" FROM "catalogue_facet_counts"
    )
    (SELECT 'missing' AS side, * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) m)
    UNION ALL
    (SELECT 'extra', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) e)`;
}

function filters(query: string): CatalogueFilters {
  const params = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return parseCatalogueParams(raw).filters;
}

/** Open vacancies matching the facet selections of `f`, counted from the rows. */
async function openCount(where: { industry?: string; schedule?: string; language?: string }, now: Date): Promise<number> {
  return db.vacancy.count({
    where: {
      status: 'published', expiresAt: { gt: now }, company: { blockedAt: null },
      ...(where.industry ? { industry: where.industry as never } : {}),
      ...(where.schedule ? { schedule: where.schedule as never } : {}),
      ...(where.language ? { languageCodes: { has: where.language } } : {}),
    },
  });
}

let companyId: string;

beforeAll(async () => {
  database = await openDemoDatabase();
  db = database.db;
  // Both read DATABASE_URL when first imported (the factories through the lifecycle): only now.
  ({ searchVacanciesUncached: searchVacancies } = await import('@/lib/vacancies/catalogue-queries'));
  ({ insertVacancy } = await import('../support/factories'));
  companyId = (await db.company.findFirstOrThrow({ where: { blockedAt: null }, orderBy: { slug: 'asc' } })).id;
});
afterAll(() => database.close());

describe('the kept facet counts', () => {
  it('match the rows after the seed', async () => {
    expect(await db.catalogueFacetCount.count()).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
  });

  it('follow every kind of change to a vacancy', async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    let id = '';
    steps.push(['a published ad is inserted', async () => {
      id = (await insertVacancy(db, { companyId, title: 'Оператор чата (счётчики)', industry: 'telecom', trainingProvided: true })).id;
    }]);
    steps.push(['a draft is inserted (not counted)', () => insertVacancy(db, { companyId, title: 'Черновик', status: 'draft' })]);
    steps.push(['its industry changes', () => db.vacancy.update({ where: { id }, data: { industry: 'finance' } })]);
    steps.push(['its flags change', () => db.vacancy.update({ where: { id }, data: { trainingProvided: false, voiceRequired: true, abroadAllowed: true, nightShifts: true, salaryMaxRub: 90_000 } })]);
    steps.push(['a language is added', () => db.vacancyLanguage.create({ data: { vacancyId: id, language: 'de', level: 'B2' } })]);
    steps.push(['its text changes (groups unchanged)', () => db.vacancy.update({ where: { id }, data: { title: 'Оператор чата (счётчики), правка' } })]);
    steps.push(['its locale changes', () => db.vacancy.update({ where: { id }, data: { locale: 'en' } })]);
    steps.push(['it is closed', () => db.vacancy.update({ where: { id }, data: { status: 'closed' } })]);
    steps.push(['it is published again', () => db.vacancy.update({ where: { id }, data: { status: 'published' } })]);
    steps.push(['many change in one statement', () => db.$executeRaw`
      UPDATE "vacancies" SET "schedule" = CASE WHEN "schedule" = 'shift' THEN 'flexible'::"Schedule" ELSE 'shift'::"Schedule" END
      WHERE "id" IN (SELECT "id" FROM "vacancies" WHERE "status" = 'published' ORDER BY "slug" LIMIT 25)`]);
    steps.push(['many close in one statement', () => db.$executeRaw`
      UPDATE "vacancies" SET "status" = 'closed' WHERE "id" IN (SELECT "id" FROM "vacancies" WHERE "status" = 'published' ORDER BY "slug" DESC LIMIT 10)`]);
    steps.push(['it is deleted', () => db.vacancy.delete({ where: { id } })]);
    for (const [name, step] of steps) {
      await step();
      expect({ after: name, drift: await drift() }).toEqual({ after: name, drift: [] });
    }
  });

  it('stay right when many writers change the same groups at once', async () => {
    // Eight connections, each change its own transaction, all on the same count rows. (Such writers already
    // queue on the catalogue version's one row, bumped by an earlier trigger of the same statement, decision
    // 023; this holds the counts right, and free of deadlocks, whatever that lock does in future.)
    const writers = createPrismaClient(database.url, 8);
    try {
      const ids = (await Promise.all(Array.from({ length: 24 }, (_, i) =>
        insertVacancy(writers, { companyId, title: `Оператор чата, параллельно ${i}`, industry: 'telecom', schedule: 'shift' })))).map((v) => v.id);
      // Each holds its count rows a moment before committing, so the others queue on them.
      await Promise.all(ids.map((id, i) => writers.$transaction(async (tx) => {
        await tx.vacancy.update({ where: { id }, data: i % 2 ? { industry: 'finance' } : { trainingProvided: true } });
        await tx.$executeRaw`SELECT pg_sleep(0.02)`;
      })));
      await Promise.all(ids.map((id, i) => (i % 3 ? writers.vacancy.update({ where: { id }, data: { status: 'closed' } }) : writers.vacancy.delete({ where: { id } }))));
      expect(await drift()).toEqual([]);
    } finally {
      await writers.$disconnect();
    }
  });

  it('lose no group when the last ad of it goes, and are rebuilt from scratch by the seed’s function', async () => {
    const lone = await insertVacancy(db, { companyId, title: 'Единственная в группе', locale: 'en', languageCodes: ['kk', 'zh'] });
    expect(await db.catalogueFacetCount.count({ where: { languageCodes: { equals: ['kk', 'zh'] } } })).toBe(1);
    await db.vacancy.update({ where: { id: lone.id }, data: { status: 'removed' } });
    expect(await db.catalogueFacetCount.count({ where: { languageCodes: { equals: ['kk', 'zh'] } } })).toBe(0);
    await db.$executeRaw`UPDATE "catalogue_facet_counts" SET "count" = "count" + 7`;
    await db.$executeRaw`SELECT catalogue_facet_counts_rebuild()`;
    expect(await drift()).toEqual([]);
  });
});

describe('the catalogue’s facets from the kept counts', () => {
  it('leave out published ads past their expiry and those of blocked companies', async () => {
    const now = new Date();
    // Published rows the catalogue must not show, still counted in the table.
    await db.$executeRaw`UPDATE "vacancies" SET "expiresAt" = ${new Date(now.getTime() - 60_000)}
      WHERE "id" IN (SELECT "id" FROM "vacancies" WHERE "status" = 'published' ORDER BY "slug" LIMIT 7)`;
    const blocked = await db.company.findFirstOrThrow({ where: { blockedAt: null, vacancies: { some: { status: 'published' } } }, orderBy: { slug: 'desc' } });
    await db.company.update({ where: { id: blocked.id }, data: { blockedAt: now } });

    for (const query of ['', 'industry=ecommerce&schedule=shift', 'language=en', 'schedule=flexible&language=ru']) {
      const f = filters(query);
      const { facets, total } = await searchVacancies(f, now);
      const wanted = { industry: f.industry[0], schedule: f.schedule[0], language: f.language[0] };
      expect({ query, total }).toEqual({ query, total: await openCount(wanted, now) });
      for (const industry of INDUSTRIES) {
        expect({ query, industry, n: facets.industry[industry] ?? 0 }).toEqual({ query, industry, n: await openCount({ ...wanted, industry }, now) });
      }
      for (const schedule of SCHEDULES) {
        expect({ query, schedule, n: facets.schedule[schedule] ?? 0 }).toEqual({ query, schedule, n: await openCount({ ...wanted, schedule }, now) });
      }
    }
  });
});
