import 'server-only';
import { readDb as db } from '@/lib/db-read';
import { Prisma } from '@/lib/generated/prisma/client';
import { getExchangeRates } from '@/lib/rates/queries';
import { convertToRub } from '@/lib/salary/normalize';
import { windowToUtcMinutes } from '@/lib/shifts/fit';
import type { DictionaryEntry } from '@/lib/search/dictionary';
import { correctQuery } from '@/lib/search/correct-queries';
import { partRankQuery, partTsQuery, understandQuery, type QueryPart, type UnderstoodQuery } from '@/lib/search/understand';
import { filterSuggestions, type SearchUnderstanding } from '@/lib/search/understanding';
import { cachedCatalogueRead } from './catalogue-cache';
import type { CatalogueResult } from './catalogue-types';
import { computeFacets, type FacetGroup } from './facets';
import { getVacancyCards } from './queries';
import { cursorKeys, decodeCursor, encodeCursor, type CursorKey, type CursorRow, type CursorValue, type KeysetSort, type PageCursor } from './page-cursor';
import { PAGE_SIZE, pageCountFor, type CatalogueFilters } from './search-params';

const sql = Prisma.sql;
const TRUE = sql`TRUE`;
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' AND ') : TRUE);

type Conditions = {
  /** Filters that are not facets: applied to every count. */
  common: Prisma.Sql[];
  /** One condition per facet group; TRUE when the group has no selection. */
  facet: Record<'industry' | 'schedule' | 'employment' | 'experience' | 'language' | 'adLanguage', Prisma.Sql>;
  /** What relevance ranks titles by: every text the query looks for, any of them. */
  rankQuery: Prisma.Sql | null;
  /** Whether `common` holds more than which ads are open: a filter that needs the rows themselves. */
  narrowed: boolean;
};

/** The vacancies a dictionary entry names, by their fields (lib/search/dictionary.ts). */
function entryCondition(e: DictionaryEntry): Prisma.Sql {
  const value = e.value ?? '';
  switch (e.field) {
    case 'industry': return sql`v."industry" = ${value}::"Industry"`;
    case 'schedule': return sql`v."schedule" = ${value}::"Schedule"`;
    case 'employment': return sql`v."employment" = ${value}::"Employment"`;
    case 'experience': return sql`v."experience" = ${value}::"Experience"`;
    case 'language': return sql`v."languageCodes" && ARRAY[${value}]::text[]`;
    case 'training': return sql`v."trainingProvided"`;
    case 'chatOnly': return sql`NOT v."voiceRequired"`;
    case 'abroad': return sql`v."abroadAllowed"`;
    case 'nightShifts': return sql`v."nightShifts"`;
    case 'weekendWork': return sql`v."weekendWork"`;
    case 'shiftPattern': return sql`v."shiftPattern" = ${value}`;
    case 'currency': return sql`v."salaryCurrency" = ${value}`;
  }
}

const tsQuery = (text: string) => sql`to_tsquery('russian', ${text})`;

/**
 * The typed words against the full text. Words the dictionary ignores («о», «и», «на») leave an empty query,
 * which matches nothing; typed alone — the first letter of «оператор» in the search-as-you-type field — they
 * are no condition at all. `numnode` of a constant query is folded when the statement is planned, so for any
 * other query this is the plain GIN match (plans in decision 008).
 */
const wordsMatch = (text: string) => sql`(v."searchVector" @@ ${tsQuery(text)} OR numnode(${tsQuery(text)}) = 0)`;

/**
 * The text query as conditions: plain words in one full-text match (one GIN lookup), names of the
 * profession in titles, and each phrase naming a vocabulary value as "that value, or those words in the text".
 */
function textConditions(parts: readonly QueryPart[]): { conditions: Prisma.Sql[]; rankQuery: Prisma.Sql | null } {
  const conditions: Prisma.Sql[] = [];
  const textOnly: string[] = [];
  const ranked: string[] = [];
  for (const part of parts) {
    const text = partTsQuery(part);
    const rank = partRankQuery(part);
    if (rank) ranked.push(rank);
    if (part.kind === 'word') {
      if (text) textOnly.push(text);
      continue;
    }
    if (part.kind === 'concept') {
      // A name of the profession is a job title: matched in titles (a small inline vector) it stays cheap
      // even though most ads match, and "саппорт" does not pull in every ad that mentions support.
      if (text) conditions.push(sql`v."titleVector" @@ ${tsQuery(text)}`);
      continue;
    }
    const alternatives = part.entries.map(entryCondition);
    if (text) alternatives.push(sql`v."searchVector" @@ ${tsQuery(text)}`);
    conditions.push(sql`(${Prisma.join(alternatives, ' OR ')})`);
  }
  if (textOnly.length) conditions.unshift(wordsMatch(textOnly.join(' & ')));
  return { conditions, rankQuery: ranked.length ? tsQuery(ranked.join(' | ')) : null };
}

const blockedCompanies = sql`(SELECT "id" FROM "companies" WHERE "blockedAt" IS NOT NULL)`;

/** The open vacancies: published, not past their expiry, of a company that is not blocked. */
const openConditions = (now: Date): Prisma.Sql[] => [
  sql`v."status" = 'published'`,
  sql`v."expiresAt" > ${now}`,
  sql`v."companyId" NOT IN ${blockedCompanies}`,
];

async function buildConditions(f: CatalogueFilters, now: Date, parts: readonly QueryPart[] = []): Promise<Conditions> {
  const open = openConditions(now);
  const common: Prisma.Sql[] = [...open];

  const text = textConditions(parts);
  common.push(...text.conditions);

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
    rankQuery: text.rankQuery,
    narrowed: common.length > open.length,
    facet: {
      industry: anyOf('industry', f.industry, '"Industry"'),
      schedule: anyOf('schedule', f.schedule, '"Schedule"'),
      employment: anyOf('employment', f.employment, '"Employment"'),
      experience: anyOf('experience', f.experience, '"Experience"'),
      language: f.language.length ? sql`v."languageCodes" && ${f.language}::text[]` : TRUE,
      adLanguage: f.adLanguage ? sql`v."locale" = ${f.adLanguage}` : TRUE,
    },
  };
}

/** Facet groups of the rows `source` gives (aliased v): grouped by facet values, with the flag counts. */
function groupSql(source: Prisma.Sql): Prisma.Sql {
  // Grouping on the enums and casting afterwards is 20% cheaper than grouping on text.
  return sql`
    SELECT g."industry"::text AS industry, g."schedule"::text AS schedule, g."employment"::text AS employment,
           g."experience"::text AS experience, g."languageCodes", g."locale", g.count,
           g."withSalary", g."training", g."chatOnly", g."abroad", g."noNight"
    FROM (
      SELECT v."industry", v."schedule", v."employment", v."experience", v."languageCodes", v."locale", count(*)::int AS count,
             count(*) FILTER (WHERE v."salaryMaxRub" IS NOT NULL)::int AS "withSalary",
             count(*) FILTER (WHERE v."trainingProvided")::int AS "training",
             count(*) FILTER (WHERE NOT v."voiceRequired")::int AS "chatOnly",
             count(*) FILTER (WHERE v."abroadAllowed")::int AS "abroad",
             count(*) FILTER (WHERE NOT v."nightShifts")::int AS "noNight"
      FROM ${source}
      GROUP BY 1, 2, 3, 4, 5, 6
    ) g`;
}

/** The non-facet filters only, grouped by facet values; computeFacets does the rest. */
function facetSql(c: Conditions): Prisma.Sql {
  // The grouped columns are all in vacancies_catalogue_facets_idx, so without search or flags this is an
  // index-only scan.
  return groupSql(sql`(SELECT * FROM "vacancies" v WHERE ${and(c.common)}) v`);
}

/**
 * The facet groups of every open vacancy, from the counts the triggers keep (catalogue_facet_counts,
 * decision 008): a few hundred rows instead of every open ad. The counts hold every published ad, so the
 * published ones the catalogue does not show are subtracted: those past their expiry that the job has not
 * closed yet, and those of blocked companies. These are few and found by index, in disjoint parts (an OR
 * of them would scan every published row).
 */
function countedGroupsSql(now: Date): Prisma.Sql {
  // Each hidden row counts -1 in its group, and -1 in each flag it would have counted in.
  const hidden = (condition: Prisma.Sql) => sql`
    SELECT v."industry", v."schedule", v."employment", v."experience", v."languageCodes", v."locale", -1,
           -(v."salaryMaxRub" IS NOT NULL)::int, -v."trainingProvided"::int, -(NOT v."voiceRequired")::int,
           -v."abroadAllowed"::int, -(NOT v."nightShifts")::int
    FROM "vacancies" v WHERE v."status" = 'published' AND ${condition}`;
  return sql`
    SELECT g."industry"::text AS industry, g."schedule"::text AS schedule, g."employment"::text AS employment,
           g."experience"::text AS experience, g."languageCodes", g."locale", sum(g.count)::int AS count,
           sum(g."withSalary")::int AS "withSalary", sum(g."training")::int AS "training", sum(g."chatOnly")::int AS "chatOnly",
           sum(g."abroad")::int AS "abroad", sum(g."noNight")::int AS "noNight"
    FROM (
      SELECT c."industry", c."schedule", c."employment", c."experience", c."languageCodes", c."locale", c.count,
             c."withSalary", c."training", c."chatOnly", c."abroad", c."noNight"
      FROM "catalogue_facet_counts" c
      UNION ALL ${hidden(sql`v."expiresAt" <= ${now}`)}
      UNION ALL ${hidden(sql`v."expiresAt" IS NULL`)}
      UNION ALL ${hidden(sql`v."expiresAt" > ${now} AND v."companyId" IN ${blockedCompanies}`)}
    ) g
    GROUP BY g."industry", g."schedule", g."employment", g."experience", g."languageCodes", g."locale"
    HAVING sum(g.count) > 0`;
}

/** The facet groups of the query's non-facet filters: from the kept counts when no filter needs the rows. */
const groupsSql = (c: Conditions, now: Date): Prisma.Sql => (c.narrowed ? facetSql(c) : countedGroupsSql(now));

/**
 * Where the visitor reads English (/en), English ads come first: a preference, not a filter. `cursor`: the
 * page starts after (or ends before) the card a "next" ("previous") link names (lib/vacancies/page-cursor.ts).
 */
export type SearchContext = { locale?: 'ru' | 'en'; cursor?: PageCursor | null };

/** The page's order: the sort asked for or the default, and whether English ads come first. */
function pageOrder(c: Conditions, f: CatalogueFilters, context: SearchContext) {
  const sort = f.sort ?? (c.rankQuery ? 'relevance' : 'new');
  const preferred = context.locale === 'en' && f.adLanguage === null && (sort === 'relevance' || sort === 'new');
  return { sort, preferred };
}

/** The order a cursor can follow, or null when the page ranks by relevance (a rank is no key to seek by). */
function keysetOrder(c: Conditions, f: CatalogueFilters, context: SearchContext): { sort: KeysetSort; preferred: boolean } | null {
  if (c.rankQuery) return null;
  const { sort, preferred } = pageOrder(c, f, context);
  return { sort: sort === 'relevance' ? 'new' : sort, preferred };
}

const KEY_SQL: Record<CursorKey['name'], Prisma.Sql> = {
  isEn: sql`(v."locale" = 'en')`,
  salaryMax: sql`v."salaryMaxRub"`,
  salaryMin: sql`v."salaryMinRub"`,
  publishedAt: sql`v."publishedAt"`,
  id: sql`v."id"`,
};

/** The same keys as columns of the page statement's result (CURSOR_COLUMNS), to order a union of parts. */
const KEY_COLUMN: Record<CursorKey['name'], Prisma.Sql> = {
  isEn: sql`v."isEn"`, salaryMax: sql`v."salaryMax"`, salaryMin: sql`v."salaryMin"`, publishedAt: sql`v."publishedAt"`, id: sql`v."id"`,
};

/** ORDER BY of one key, or of it reversed (a "previous" link reads backwards from its card). */
function orderKey(key: CursorKey, reversed = false, columns = KEY_SQL): Prisma.Sql {
  const desc = key.desc !== reversed;
  const nulls = key.nullable ? (reversed ? ' NULLS FIRST' : ' NULLS LAST') : '';
  return sql`${columns[key.name]} ${Prisma.raw(`${desc ? 'DESC' : 'ASC'}${nulls}`)}`;
}

/** ORDER BY keys of a page; `rank` is how the rows at hand give their relevance. */
function sortKeys(c: Conditions, f: CatalogueFilters, context: SearchContext, rank: Prisma.Sql | null): Prisma.Sql {
  const { sort, preferred } = pageOrder(c, f, context);
  const keys = cursorKeys(sort === 'relevance' ? 'new' : sort, preferred).map((k) => orderKey(k));
  // Relevance ranks right after the English-first preference, before "newest first".
  if (sort === 'relevance' && rank) keys.splice(preferred ? 1 : 0, 0, sql`${rank} DESC`);
  return Prisma.join(keys, ', ');
}

const keyValue = (key: CursorKey, value: CursorValue) => (key.kind === 'uuid' ? sql`${value}::uuid` : sql`${value}`);

/**
 * The rows strictly past a card in the page's order (or, `reversed`, strictly before it): for keys k1…kn
 * with the card's values c1…cn, k1 past c1, or k1 = c1 and k2 past c2, and so on. Nulls sort last.
 */
function keysetCondition(keys: CursorKey[], values: CursorValue[], reversed: boolean): Prisma.Sql {
  const equal = (k: CursorKey, v: CursorValue) => (v === null ? sql`${KEY_SQL[k.name]} IS NULL` : sql`${KEY_SQL[k.name]} = ${keyValue(k, v)}`);
  const past = (k: CursorKey, v: CursorValue): Prisma.Sql => {
    const nullsFirst = k.nullable && reversed;
    if (v === null) return nullsFirst ? sql`${KEY_SQL[k.name]} IS NOT NULL` : sql`FALSE`;
    const compared = sql`${KEY_SQL[k.name]} ${Prisma.raw(k.desc !== reversed ? '<' : '>')} ${keyValue(k, v)}`;
    return k.nullable && !nullsFirst ? sql`(${compared} OR ${KEY_SQL[k.name]} IS NULL)` : compared;
  };
  const alternatives = keys.map((k, i) => and([...keys.slice(0, i).map((e, j) => equal(e, values[j]!)), past(k, values[i]!)]));
  return sql`(${Prisma.join(alternatives.map((a) => sql`(${a})`), ' OR ')})`;
}

/**
 * Where the rows past the card lie on the first key, as index ranges, so the walk starts at the card
 * (`publishedAt <= c`) instead of at the top: one range, or two when the nulls, which sort last, come
 * after the card's value (the values up to it, then the nulls: an OR of them would be no index range).
 */
function leadingRanges(first: CursorKey, value: CursorValue, reversed: boolean): Prisma.Sql[] {
  const column = KEY_SQL[first.name];
  const nullsAhead = first.nullable && !reversed;
  if (value === null) return nullsAhead ? [sql`${column} IS NULL`] : [sql`${column} IS NOT NULL`, sql`${column} IS NULL`];
  const range = sql`${column} ${Prisma.raw(first.desc !== reversed ? '<=' : '>=')} ${keyValue(first, value)}`;
  return nullsAhead ? [range, sql`${column} IS NULL`] : [range];
}

const pageWindow = (page: number) => sql`LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
const CURSOR_COLUMNS = sql`v."id", (v."locale" = 'en') AS "isEn", v."salaryMaxRub" AS "salaryMax", v."salaryMinRub" AS "salaryMin", v."publishedAt"`;

/** A page by its number: OFFSET. */
function pageSql(c: Conditions, f: CatalogueFilters, page: number, context: SearchContext): Prisma.Sql {
  const rank = c.rankQuery ? sql`ts_rank(v."titleVector", ${c.rankQuery})` : null;
  return sql`
    SELECT ${CURSOR_COLUMNS} FROM "vacancies" v WHERE ${and([...c.common, ...Object.values(c.facet)])}
    ORDER BY ${sortKeys(c, f, context, rank)} ${pageWindow(page)}`;
}

/** A page from a cursor: the cards after it (or before it, read backwards and turned round). */
async function keysetRows(c: Conditions, keys: CursorKey[], values: CursorValue[], reversed: boolean): Promise<CursorRow[]> {
  const order = (columns?: typeof KEY_SQL) => Prisma.join(keys.map((k) => orderKey(k, reversed, columns)), ', ');
  const past = keysetCondition(keys, values, reversed);
  const parts = leadingRanges(keys[0]!, values[0]!, reversed).map((range) => sql`(
    SELECT ${CURSOR_COLUMNS} FROM "vacancies" v WHERE ${and([...c.common, ...Object.values(c.facet), range, past])}
    ORDER BY ${order()} LIMIT ${PAGE_SIZE})`);
  const statement = parts.length === 1
    ? parts[0]!
    : sql`SELECT * FROM (${Prisma.join(parts, ' UNION ALL ')}) v ORDER BY ${order(KEY_COLUMN)} LIMIT ${PAGE_SIZE}`;
  const rows = await db.$queryRaw<CursorRow[]>(statement);
  return reversed ? rows.reverse() : rows;
}

/** The cards of `page`: from the cursor when it fits the page's order (`order`, keysetOrder's), else by number. */
async function pageRows(
  c: Conditions, f: CatalogueFilters, page: number, context: SearchContext, order: ReturnType<typeof keysetOrder>,
): Promise<CursorRow[]> {
  const cursor = context.cursor;
  const values = order && cursor ? decodeCursor(cursor.token, order.sort, order.preferred) : null;
  if (order && cursor && values) {
    const rows = await keysetRows(c, cursorKeys(order.sort, order.preferred), values, cursor.direction === 'before');
    // Nothing past the card (every ad after it closed since, or a cursor made up): the page by its number.
    if (rows.length) return rows;
  }
  return db.$queryRaw<CursorRow[]>(pageSql(c, f, page, context));
}

/**
 * A text search in one statement: the matching rows are read once (the full-text match from the GIN
 * index, decision 008) and both the facet groups and the page are taken from them. Without text the two
 * cheap statements (an index-only scan for the facets, an index walk for the page) are faster.
 */
function oneScanSql(c: Conditions, f: CatalogueFilters, page: number, context: SearchContext): Prisma.Sql {
  const rank = c.rankQuery ? sql`ts_rank(v."titleVector", ${c.rankQuery})` : sql`0`;
  // The page's order, given again to json_agg: a subquery's order alone is not a promise SQL makes.
  const keys = sortKeys(c, f, context, sql`v."rank"`);
  return sql`
    WITH v AS MATERIALIZED (
      SELECT v."id", v."industry", v."schedule", v."employment", v."experience", v."languageCodes", v."locale",
             v."publishedAt", v."salaryMinRub", v."salaryMaxRub", v."trainingProvided", v."voiceRequired",
             v."abroadAllowed", v."nightShifts", ${rank}::real AS "rank",
             (${and(Object.values(c.facet))}) AS "selected"
      FROM "vacancies" v WHERE ${and(c.common)}
    )
    SELECT (SELECT coalesce(json_agg(g), '[]') FROM (${groupSql(sql`v`)}) g) AS "groups",
           (SELECT coalesce(json_agg(v."id" ORDER BY ${keys}), '[]') FROM (
              SELECT * FROM v WHERE v."selected" ORDER BY ${keys} ${pageWindow(page)}
           ) v) AS "ids"`;
}

const NO_CURSORS: CatalogueResult['cursors'] = { next: null, previous: null };

type Found = { conditions: Conditions; total: number; facets: CatalogueResult['facets']; ids: string[] | null };

/** Total, facets and (for a text search) the ids of `page`, for one reading of the query. */
async function findMatches(f: CatalogueFilters, now: Date, parts: readonly QueryPart[], page: number, context: SearchContext): Promise<Found> {
  const conditions = await buildConditions(f, now, parts);
  if (!parts.length) {
    const groups = await db.$queryRaw<FacetGroup[]>(groupsSql(conditions, now));
    return { conditions, ...computeFacets(groups, f), ids: null };
  }
  const [row] = await db.$queryRaw<{ groups: FacetGroup[]; ids: string[] }[]>(oneScanSql(conditions, f, page, context));
  return { conditions, ...computeFacets(row?.groups ?? [], f), ids: row?.ids ?? [] };
}

type Reading<T> = { understood: UnderstoodQuery | null; result: T; correction: string | null; corrected: boolean };

/**
 * The rule every reader of the catalogue follows (the page, feeds, API, alerts): the text query as typed,
 * or its correction (lib/search/correct-queries.ts) when the typed one finds no open vacancy and the
 * corrected one does. `search` runs one reading; `found` says whether it found anything and is only asked
 * when there is a correction to fall back on.
 */
async function readQuery<T>(
  filters: CatalogueFilters,
  search: (parts: readonly QueryPart[]) => Promise<T> | T,
  found: (result: T) => Promise<boolean> | boolean,
): Promise<Reading<T>> {
  const typed = filters.q ? understandQuery(filters.q) : null;
  const correction = filters.q && !filters.exact ? await correctQuery(filters.q) : null;
  const result = await search(typed?.parts ?? []);
  if (correction && !(await found(result))) {
    const corrected = understandQuery(correction);
    const retry = await search(corrected.parts);
    if (await found(retry)) return { understood: corrected, result: retry, correction, corrected: true };
  }
  return { understood: typed, result, correction, corrected: false };
}

/**
 * The /vacancies page: matching open vacancies, one page of them, the total and the facet counts.
 * A text query is read against the dictionary (lib/search/understand.ts); when it finds nothing as
 * typed and a corrected spelling or keyboard layout does, the results are for the correction.
 * Results are cached until the catalogue changes (lib/vacancies/catalogue-cache.ts).
 */
export async function searchVacancies(filters: CatalogueFilters, now = new Date(), context: SearchContext = {}): Promise<CatalogueResult> {
  // The hours window's UTC minutes depend on the date (daylight saving): part of what the result depends on.
  const hours = filters.availableFrom !== null && filters.availableTo !== null
    ? windowToUtcMinutes({ from: filters.availableFrom, to: filters.availableTo, timeZone: filters.tz }, now)
    : null;
  return cachedCatalogueRead('search', [filters, context.locale ?? null, context.cursor ?? null, hours], now, () => searchVacanciesUncached(filters, now, context));
}

/** searchVacancies without the cache (the benchmark's "SQL alone"). */
export async function searchVacanciesUncached(filters: CatalogueFilters, now = new Date(), context: SearchContext = {}): Promise<CatalogueResult> {
  const reading = await readQuery(filters, (parts) => findMatches(filters, now, parts, filters.page, context), (r) => r.total > 0);
  const { conditions, total, facets } = reading.result;
  let understanding: SearchUnderstanding | null = null;
  if (filters.q && reading.understood) {
    const suggestions = filterSuggestions(reading.understood, filters);
    understanding = reading.corrected
      ? { searched: reading.correction!, correctedFrom: filters.q, didYouMean: null, suggestions }
      : { searched: filters.q, correctedFrom: null, didYouMean: reading.correction, suggestions };
  }
  const pageCount = pageCountFor(total);
  const page = Math.min(filters.page, pageCount);
  if (!total) return { total, page, pageCount, items: [], facets, understanding, cursors: NO_CURSORS };
  // The one-scan reading already holds the page asked for, unless it asked past the last one.
  if (reading.result.ids && page === filters.page) {
    return { total, page, pageCount, items: await getVacancyCards(reading.result.ids), facets, understanding, cursors: NO_CURSORS };
  }
  // A cursor names a card of the page asked for: past the last page it says nothing.
  const order = keysetOrder(conditions, filters, context);
  const rows = await pageRows(conditions, filters, page, page === filters.page ? context : { ...context, cursor: null }, order);
  const cursors = order && rows.length
    ? { next: encodeCursor(order.sort, order.preferred, rows.at(-1)!), previous: encodeCursor(order.sort, order.preferred, rows[0]!) }
    : NO_CURSORS;
  return { total, page, pageCount, items: await getVacancyCards(rows.map((r) => r.id)), facets, understanding, cursors };
}

/** EXPLAIN ANALYZE of the statements behind searchVacancies, for `npm run bench:catalogue`. */
export async function explainSearchVacancies(filters: CatalogueFilters, now = new Date()): Promise<string> {
  const parts = filters.q ? understandQuery(filters.q).parts : [];
  const conditions = await buildConditions(filters, now, parts);
  const explain = async (statement: Prisma.Sql) => {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  if (parts.length) return `-- facets and page in one statement\n${await explain(oneScanSql(conditions, filters, filters.page, {}))}`;
  return `-- facet counts\n${await explain(groupsSql(conditions, now))}\n\n-- page\n${await explain(pageSql(conditions, filters, filters.page, {}))}`;
}

/** The query's parts as searchVacancies would read them, asked with an EXISTS instead of its counts. */
async function resolvedParts(filters: CatalogueFilters, now: Date): Promise<readonly QueryPart[]> {
  const anyMatch = async (parts: readonly QueryPart[]) => {
    const c = await buildConditions(filters, now, parts);
    const rows = await db.$queryRaw<{ found: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "vacancies" v WHERE ${and([...c.common, ...Object.values(c.facet)])}) AS found`;
    return rows[0]?.found === true;
  };
  return (await readQuery(filters, (parts) => parts, anyMatch)).result;
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
  const c = await buildConditions(filters, now, await resolvedParts(filters, now));
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
