import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { getExchangeRates } from '@/lib/rates/queries';
import { convertToRub } from '@/lib/salary/normalize';
import { windowToUtcMinutes } from '@/lib/shifts/fit';
import type { CatalogueResult } from './catalogue-types';
import { computeFacets, type FacetGroup } from './facets';
import { getVacancyCards } from './queries';
import { PAGE_SIZE, toPrefixTsQuery, type CatalogueFilters } from './search-params';

const sql = Prisma.sql;
const TRUE = sql`TRUE`;
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' AND ') : TRUE);

type Conditions = {
  /** Filters that are not facets: applied to every count. */
  common: Prisma.Sql[];
  /** One condition per facet group; TRUE when the group has no selection. */
  facet: Record<'industry' | 'schedule' | 'employment' | 'experience' | 'language', Prisma.Sql>;
  tsQuery: Prisma.Sql | null;
};

async function buildConditions(f: CatalogueFilters, now: Date): Promise<Conditions> {
  const common: Prisma.Sql[] = [
    sql`v."status" = 'published'`,
    sql`v."expiresAt" > ${now}`,
    sql`v."companyId" NOT IN (SELECT "id" FROM "companies" WHERE "blockedAt" IS NOT NULL)`,
  ];

  const prefixQuery = f.q ? toPrefixTsQuery(f.q) : null;
  const tsQuery = prefixQuery ? sql`to_tsquery('russian', ${prefixQuery})` : null;
  if (tsQuery) common.push(sql`v."searchVector" @@ ${tsQuery}`);

  if (f.salaryFrom !== null || f.salaryTo !== null) {
    const rates = await getExchangeRates();
    // Overlap of the normalized monthly RUB range with the wanted one (PRODUCT.md).
    if (f.salaryFrom !== null) common.push(sql`v."salaryMaxRub" >= ${convertToRub(f.salaryFrom, f.currency, rates)}`);
    if (f.salaryTo !== null) common.push(sql`v."salaryMinRub" <= ${convertToRub(f.salaryTo, f.currency, rates)}`);
  }
  if (f.withSalary) common.push(sql`v."salaryMaxRub" IS NOT NULL`);
  if (f.training) common.push(sql`v."trainingProvided"`);
  if (f.chatOnly) common.push(sql`NOT v."voiceRequired"`);
  if (f.abroad) common.push(sql`v."abroadAllowed"`);
  if (f.noNight) common.push(sql`NOT v."nightShifts"`);

  if (f.availableFrom !== null && f.availableTo !== null) {
    const w = windowToUtcMinutes({ from: f.availableFrom, to: f.availableTo, timeZone: f.tz }, now);
    // lib/shifts/fit.ts rangeFitsWindow, on the UTC minutes stored with each slot.
    if (w.from !== w.to) {
      common.push(sql`EXISTS (
        SELECT 1 FROM "shift_slots" s WHERE s."vacancyId" = v."id"
          AND mod(s."utcStartMinute" - ${w.from} + 1440, 1440) + mod(s."utcEndMinute" - s."utcStartMinute" + 1439, 1440) + 1
              <= ${(w.to - w.from + 1440) % 1440})`);
    }
  }

  const anyOf = (column: string, values: readonly string[], type: string) =>
    values.length ? sql`v.${Prisma.raw(`"${column}"`)} = ANY(${values}::${Prisma.raw(type)}[])` : TRUE;
  return {
    common,
    tsQuery,
    facet: {
      industry: anyOf('industry', f.industry, '"Industry"'),
      schedule: anyOf('schedule', f.schedule, '"Schedule"'),
      employment: anyOf('employment', f.employment, '"Employment"'),
      experience: anyOf('experience', f.experience, '"Experience"'),
      language: f.language.length ? sql`v."languageCodes" && ${f.language}::text[]` : TRUE,
    },
  };
}

/** The non-facet filters only, grouped by facet values; computeFacets does the rest. */
function facetSql(c: Conditions): Prisma.Sql {
  // Grouping on the enums and casting afterwards is 20% cheaper than grouping on text; the columns are
  // all in vacancies_catalogue_facets_idx, so without search or flags this is an index-only scan.
  return sql`
    SELECT g."industry"::text AS industry, g."schedule"::text AS schedule, g."employment"::text AS employment,
           g."experience"::text AS experience, g."languageCodes", g.count
    FROM (
      SELECT v."industry", v."schedule", v."employment", v."experience", v."languageCodes", count(*)::int AS count
      FROM "vacancies" v
      WHERE ${and(c.common)}
      GROUP BY 1, 2, 3, 4, 5
    ) g`;
}

function pageSql(c: Conditions, f: CatalogueFilters, page: number): Prisma.Sql {
  const where = and([...c.common, ...Object.values(c.facet)]);
  const relevance = c.tsQuery && f.sort === null;
  const order = relevance
    ? sql`ts_rank(v."titleVector", ${c.tsQuery}) DESC, v."publishedAt" DESC, v."id"`
    : f.sort === 'salary'
      ? sql`v."salaryMaxRub" DESC NULLS LAST, v."publishedAt" DESC, v."id"`
      : sql`v."publishedAt" DESC, v."id"`;
  return sql`
    SELECT v."id" FROM "vacancies" v WHERE ${where}
    ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
}

async function pageIds(c: Conditions, f: CatalogueFilters, page: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(pageSql(c, f, page));
  return rows.map((r) => r.id);
}

/** The /vacancies page: matching open vacancies, one page of them, the total and the facet counts. */
export async function searchVacancies(filters: CatalogueFilters, now = new Date()): Promise<CatalogueResult> {
  const conditions = await buildConditions(filters, now);
  const { total, facets } = computeFacets(await db.$queryRaw<FacetGroup[]>(facetSql(conditions)), filters);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const ids = total ? await pageIds(conditions, filters, page) : [];
  return { total, page, pageCount, items: await getVacancyCards(ids), facets };
}

/** EXPLAIN ANALYZE of the two statements behind searchVacancies, for `npm run bench:catalogue`. */
export async function explainSearchVacancies(filters: CatalogueFilters, now = new Date()): Promise<{ facets: string; page: string }> {
  const conditions = await buildConditions(filters, now);
  const explain = async (statement: Prisma.Sql) => {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  return { facets: await explain(facetSql(conditions)), page: await explain(pageSql(conditions, filters, filters.page)) };
}

export type NewestMatch = { id: string; publishedAt: Date };
export type NewestMatches = { matches: NewestMatch[]; ids: string[]; total: number | null };

/**
 * The feeds, the open API and the job alerts (lib/feeds, lib/api, lib/alerts): open vacancies matching the
 * catalogue filters — the same conditions as searchVacancies, so each finds exactly what its catalogue link
 * shows — newest published first whatever `filters.sort` says. `after` is the API's (publishedAt, id)
 * cursor, `publishedAfter` an alert's window. At most `limit`, and with `count`, how many match in all.
 */
export async function findNewestMatches(
  filters: CatalogueFilters,
  options: { limit: number; after?: { publishedAt: Date; id: string } | null; publishedAfter?: Date; count?: boolean },
  now = new Date(),
): Promise<NewestMatches> {
  const c = await buildConditions(filters, now);
  // A published row always has publishedAt; the cursor needs it, so a broken row cannot break paging.
  const matching = [...c.common, ...Object.values(c.facet), sql`v."publishedAt" <= ${now}`];
  if (options.publishedAfter) matching.push(sql`v."publishedAt" > ${options.publishedAfter}`);
  const after = options.after
    ? [sql`(v."publishedAt" < ${options.after.publishedAt} OR (v."publishedAt" = ${options.after.publishedAt} AND v."id" > ${options.after.id}::uuid))`]
    : [];
  const [matches, total] = await Promise.all([
    db.$queryRaw<NewestMatch[]>`
      SELECT v."id", v."publishedAt" FROM "vacancies" v WHERE ${and([...matching, ...after])}
      ORDER BY v."publishedAt" DESC, v."id" LIMIT ${options.limit}`,
    options.count
      ? db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "vacancies" v WHERE ${and(matching)}`.then((r) => r[0]?.total ?? 0)
      : null,
  ]);
  return { matches, ids: matches.map((m) => m.id), total };
}
