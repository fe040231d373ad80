import 'server-only';
import type { Locale } from 'next-intl';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { MATCH, SUGGESTION_KINDS, type MatchTier, type SuggestionKind } from './suggest-rank';
import { FUZZY_MIN_LENGTH, INDEXED_WORD_LENGTH, likePrefix, queryWords, wordStartPattern } from './suggest-text';

const sql = Prisma.sql;
/** Constants inlined into the statement (a bound parameter in CASE has no type to infer). */
const tier = Object.fromEntries(Object.entries(MATCH).map(([k, v]) => [k, Prisma.raw(String(v))])) as Record<keyof typeof MATCH, Prisma.Sql>;

/** Rows the exact branches hand to ranking; more only cost the sort. */
const EXACT_CANDIDATES = 40;
const SIMILAR_CANDIDATES = 16;
/** Below this many exact candidates, typo matching runs too. */
const ENOUGH_EXACT = 8;

export type SuggestTermRow = {
  kind: SuggestionKind;
  text: string;
  normalized: string;
  weight: number;
  target: unknown;
  tier: MatchTier;
  similarity: number;
};

export type SuggestTermQuery = {
  /** The typed text, normalized (suggest-text.ts). */
  normalized: string;
  /** The same text retyped in the other keyboard layout, normalized; null when there is none. */
  swapped: string | null;
  locale: Locale;
};

/**
 * Every word of `text` starts a word of the term: "чат опе" matches «оператор чата», "подд" matches
 * «чат-поддержки». A word of three letters or more is looked up by its trigrams anywhere (LIKE '%w%',
 * the GIN index) and then checked at a word start; a shorter one only after a space or at the start,
 * which the index finds by its word-start trigram.
 */
function allWordsStart(text: string): Prisma.Sql | null {
  const words = queryWords(text);
  if (!words.length) return null;
  return Prisma.join(
    words.map((w) =>
      w.length >= INDEXED_WORD_LENGTH
        ? sql`(t."normalized" LIKE ${`%${w}%`} AND t."normalized" ~ ${wordStartPattern(w)})`
        : sql`(t."normalized" LIKE ${`${w}%`} OR t."normalized" LIKE ${`% ${w}%`})`,
    ),
    ' AND ',
  );
}

/**
 * Candidate terms for a typed prefix, in one statement over search_terms only (never vacancies):
 * prefix and word-prefix matches first (B-tree text_pattern_ops and the trigram GIN index), and only
 * when they are few, trigram word similarity for typos. Each branch stops at a few dozen rows.
 */
export async function findSuggestTerms({ normalized, swapped, locale }: SuggestTermQuery): Promise<SuggestTermRow[]> {
  const words = allWordsStart(normalized);
  if (!words) return [];
  const swappedWords = swapped ? allWordsStart(swapped) : null;
  const prefix = likePrefix(normalized);
  const fuzzy = normalized.length >= FUZZY_MIN_LENGTH;

  const scope = sql`t."kind" = ANY(${[...SUGGESTION_KINDS]}::text[]) AND t."locale" IN ('', ${locale}) AND t."weight" > 0`;
  const layout = swappedWords
    ? sql`(t."normalized" LIKE ${likePrefix(swapped!)} OR (${swappedWords}))`
    : sql`FALSE`;

  const columns = sql`t."id", t."kind", t."text", t."normalized", t."weight", t."target"`;
  return db.$queryRaw<SuggestTermRow[]>(sql`
    WITH exact_matches AS MATERIALIZED (
      SELECT ${columns},
             CASE WHEN t."normalized" = ${normalized} THEN ${tier.exact}
                  WHEN t."normalized" LIKE ${prefix} THEN ${tier.prefix}
                  WHEN ${words} THEN ${tier.words}
                  ELSE ${tier.layout} END AS "tier"
      FROM "search_terms" t
      WHERE ${scope} AND (t."normalized" LIKE ${prefix} OR (${words}) OR ${layout})
      ORDER BY "tier" DESC, t."weight" DESC
      LIMIT ${EXACT_CANDIDATES}
    ),
    typos AS MATERIALIZED (
      SELECT ${columns}, ${tier.similar} AS "tier", word_similarity(${normalized}, t."normalized") AS "similarity"
      FROM "search_terms" t
      WHERE ${fuzzy} AND (SELECT count(*) FROM exact_matches) < ${ENOUGH_EXACT}
        AND ${scope} AND t."normalized" %> ${normalized}
        AND t."id" NOT IN (SELECT "id" FROM exact_matches)
      ORDER BY "similarity" DESC, t."weight" DESC
      LIMIT ${SIMILAR_CANDIDATES}
    )
    SELECT "kind", "text", "normalized", "weight", "target", "tier", 0::float8 AS "similarity" FROM exact_matches
    UNION ALL
    SELECT "kind", "text", "normalized", "weight", "target", "tier", "similarity"::float8 FROM typos
  `);
}
