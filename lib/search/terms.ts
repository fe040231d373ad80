// The `search_terms` table (schema.prisma SearchTerm), rebuilt from the open vacancies by the `search-terms`
// job and at the end of the seed: the words typo correction compares against, the titles and companies
// suggestions offer, and the vocabulary values in both languages. Over any SQL client (like the salary
// snapshot): the job runs it through Prisma, the seed through its own pg connection.
import { MESSAGES } from '@/messages';
import type { SqlRunner } from '@/lib/sql-runner';
import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES, LANGUAGES, SCHEDULES } from '@/lib/vocabularies';
import { normalizeSearchText } from './suggest-text';

/** Descriptions of the newest open vacancies read for words: enough for the vocabulary of the trade. */
export const DESCRIPTION_SAMPLE = 5000;
/** Titles offered as suggestions: the most common ones. */
export const MAX_TITLES = 20_000;
/** Vocabulary words are always known, and preferred as corrections over words seen in a few ads. */
const VOCABULARY_WEIGHT = 1000;
const WORD = /[\p{L}]{3,30}/gu;

const OPEN = `v.status = 'published' AND v."expiresAt" > now()
  AND v."companyId" NOT IN (SELECT id FROM companies WHERE "blockedAt" IS NOT NULL)`;

type Term = { kind: 'word' | 'title' | 'company' | 'vocabulary'; text: string; normalized: string; locale: string; weight: number; target: unknown };

const VALUED = { industry: INDUSTRIES, schedule: SCHEDULES, employment: EMPLOYMENTS, experience: EXPERIENCES, language: LANGUAGES } as const;
type Valued = keyof typeof VALUED;

function vocabularyTerms(counts: Map<string, number>): Term[] {
  const terms: Term[] = [];
  for (const locale of ['ru', 'en'] as const) {
    const vocab = MESSAGES[locale].vocab as unknown as Record<Valued, Record<string, string>>;
    for (const [param, values] of Object.entries(VALUED) as [Valued, readonly string[]][]) {
      for (const value of values) {
        const text = vocab[param]?.[value];
        if (!text) continue;
        terms.push({ kind: 'vocabulary', text, normalized: normalizeSearchText(text), locale, weight: counts.get(`${param}:${value}`) ?? 0, target: { param, value } });
      }
    }
  }
  return terms;
}

function wordsOf(texts: Iterable<string>, add: Map<string, number>) {
  for (const text of texts) {
    for (const word of new Set(normalizeSearchText(text).match(WORD) ?? [])) add.set(word, (add.get(word) ?? 0) + 1);
  }
}

export type SearchTermsResult = { words: number; titles: number; companies: number; vocabulary: number; ms: number };

/** Run inside one transaction (the caller's), so searches never see the table half rebuilt. */
export async function refreshSearchTermsWith(sql: SqlRunner): Promise<SearchTermsResult> {
  const started = performance.now();
  const [titles, descriptions, companies, valueCounts] = await Promise.all([
    sql.query<{ title: string; count: number }>(
      `SELECT min(v.title) AS title, count(*)::int AS count FROM vacancies v WHERE ${OPEN}
       GROUP BY lower(v.title) ORDER BY count(*) DESC LIMIT ${MAX_TITLES}`, []),
    sql.query<{ description: string }>(
      `SELECT v.description FROM vacancies v WHERE ${OPEN} ORDER BY v."publishedAt" DESC NULLS LAST LIMIT ${DESCRIPTION_SAMPLE}`, []),
    sql.query<{ name: string; slug: string; count: number }>(
      `SELECT c.name, c.slug, count(*)::int AS count FROM vacancies v JOIN companies c ON c.id = v."companyId"
       WHERE ${OPEN} GROUP BY c.id`, []),
    sql.query<{ key: string; count: number }>(
      `SELECT 'industry:' || industry AS key, count(*)::int AS count FROM vacancies v WHERE ${OPEN} GROUP BY industry
       UNION ALL SELECT 'schedule:' || schedule, count(*)::int FROM vacancies v WHERE ${OPEN} GROUP BY schedule
       UNION ALL SELECT 'employment:' || employment, count(*)::int FROM vacancies v WHERE ${OPEN} GROUP BY employment
       UNION ALL SELECT 'experience:' || experience, count(*)::int FROM vacancies v WHERE ${OPEN} GROUP BY experience
       UNION ALL SELECT 'language:' || code, count(*)::int FROM vacancies v, unnest(v."languageCodes") code WHERE ${OPEN} GROUP BY code`, []),
  ]);

  // Words: every title (weighted by its ads) and a sample of descriptions; vocabulary labels always.
  const words = new Map<string, number>();
  for (const t of titles) {
    for (const word of new Set(normalizeSearchText(t.title).match(WORD) ?? [])) words.set(word, (words.get(word) ?? 0) + t.count);
  }
  wordsOf(descriptions.map((d) => d.description), words);
  const vocabulary = vocabularyTerms(new Map(valueCounts.map((r) => [r.key, r.count])));
  for (const term of vocabulary) {
    for (const word of term.normalized.match(WORD) ?? []) words.set(word, Math.max(words.get(word) ?? 0, VOCABULARY_WEIGHT));
  }

  const terms: Term[] = [
    ...[...words].map(([word, weight]): Term => ({ kind: 'word', text: word, normalized: word, locale: '', weight, target: null })),
    ...dedupe(titles.map((t): Term => ({ kind: 'title', text: t.title, normalized: normalizeSearchText(t.title), locale: '', weight: t.count, target: null }))),
    ...dedupe(companies.map((c): Term => ({ kind: 'company', text: c.name, normalized: normalizeSearchText(c.name), locale: '', weight: c.count, target: { slug: c.slug } }))),
    ...dedupe(vocabulary),
  ];

  await sql.query('DELETE FROM search_terms', []);
  for (let i = 0; i < terms.length; i += 5000) {
    const chunk = terms.slice(i, i + 5000);
    await sql.query(
      `INSERT INTO search_terms (kind, text, normalized, locale, weight, target)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::int[], $6::jsonb[])`,
      [chunk.map((t) => t.kind), chunk.map((t) => t.text), chunk.map((t) => t.normalized), chunk.map((t) => t.locale),
        chunk.map((t) => t.weight), chunk.map((t) => (t.target === null ? null : JSON.stringify(t.target)))],
    );
  }
  const count = (kind: Term['kind']) => terms.filter((t) => t.kind === kind).length;
  return { words: count('word'), titles: count('title'), companies: count('company'), vocabulary: count('vocabulary'), ms: Math.round(performance.now() - started) };
}

/** One row per (kind, normalized, locale): the heavier one wins (two companies of one name, say). */
function dedupe(terms: Term[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const term of terms) {
    const key = `${term.kind}\u0000${term.normalized}\u0000${term.locale}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, term);
    else byKey.set(key, { ...(seen.weight >= term.weight ? seen : term), weight: seen.weight + term.weight });
  }
  return [...byKey.values()];
}
