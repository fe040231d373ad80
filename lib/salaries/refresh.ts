// The refresh of the salary snapshot over any SQL client: the job runs it through Prisma
// (refresh.server.ts), the seed through its own pg connection. Timestamps travel as epoch milliseconds,
// so both drivers read and bind the same plain numbers.
import type { Rates } from '@/lib/salary/normalize';
import { CURRENCIES, type Currency } from '@/lib/vocabularies';
import { computeSnapshot } from './compute';
import { weekStartMs } from './stats';
import { WEEKS, type SalaryRow, type SalarySnapshot } from './types';
import type { SqlRunner } from '@/lib/sql-runner';


export const SNAPSHOT_ID = 'current';

// `timestamp(3)` columns hold UTC; these turn a millisecond parameter into one and back.
const AT = (param: string) => `(to_timestamp(${param}::float8 / 1000) AT TIME ZONE 'UTC')`;
const MS = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/**
 * Vacancies with a normalized salary from companies that are not blocked: the open ones (every breakdown)
 * and, for the weekly medians, those published since the window's start that were really public — still
 * published, closed by the employer or expired; not the ones an admin removed. One JSON text of compact
 * tuples: decoding 70k rows one by one costs a driver seconds, one JSON.parse a few dozen milliseconds.
 */
const ROWS_SQL = `
SELECT coalesce(json_agg(json_build_array(
         v."salaryMinRub", v."salaryMaxRub", v.industry, v.schedule, v.experience, v."trainingProvided", v."voiceRequired",
         v.status = 'published' AND v."expiresAt" > ${AT('$1')},
         ${MS('v."publishedAt"')}, coalesce(l.languages, '{}'))), '[]')::text AS rows
FROM vacancies v
JOIN companies c ON c.id = v."companyId" AND c."blockedAt" IS NULL
LEFT JOIN (SELECT "vacancyId", array_agg(language || ':' || level::text) AS languages FROM vacancy_languages GROUP BY 1) l ON l."vacancyId" = v.id
WHERE v."salaryMinRub" IS NOT NULL AND v."salaryMaxRub" IS NOT NULL
  AND ((v.status = 'published' AND v."expiresAt" > ${AT('$1')})
    OR (v.status IN ('published', 'closed', 'expired') AND v."publishedAt" >= ${AT('$2')} AND v."publishedAt" <= ${AT('$1')}))`;

type RowTuple = [number, number, SalaryRow['industry'], SalaryRow['schedule'], SalaryRow['experience'], boolean, boolean, boolean, number | null, string[]];

/** The JSON of ROWS_SQL as rows. */
function decodeRows(json: string): SalaryRow[] {
  return (JSON.parse(json) as RowTuple[]).map(([minRub, maxRub, industry, schedule, experience, training, voice, live, publishedMs, languages]) => ({
    minRub, maxRub, industry, schedule, experience, training, voice, live, publishedMs, languages,
  }));
}

const LIVE_SQL = `
SELECT count(*)::int AS live FROM vacancies v
JOIN companies c ON c.id = v."companyId" AND c."blockedAt" IS NULL
WHERE v.status = 'published' AND v."expiresAt" > ${AT('$1')}`;

const RATES_SQL = `SELECT currency::text AS currency, "rubPerUnit"::float8 AS rate FROM exchange_rates`;

const UPSERT_SQL = `
INSERT INTO salary_insights (id, "computedAt", vacancies, "durationMs", data)
VALUES ($1, ${AT('$2')}, $3::int, $4::int, $5::jsonb)
ON CONFLICT (id) DO UPDATE SET "computedAt" = EXCLUDED."computedAt", vacancies = EXCLUDED.vacancies,
  "durationMs" = EXCLUDED."durationMs", data = EXCLUDED.data`;

export async function loadRates(sql: SqlRunner): Promise<Rates> {
  const rows = await sql.query<{ currency: string; rate: number }>(RATES_SQL, []);
  const byCode = new Map(rows.map((r) => [r.currency.trim(), Number(r.rate)]));
  return Object.fromEntries(CURRENCIES.map((c: Currency) => [c, c === 'RUB' ? 1 : (byCode.get(c) ?? Number.NaN)])) as Rates;
}

export type RefreshResult = { snapshot: SalarySnapshot; vacancies: number; durationMs: number };

/** Reads the vacancies, computes the snapshot and stores it as the current one. */
export async function refreshSalaryInsightsWith(sql: SqlRunner, now = new Date()): Promise<RefreshResult> {
  const started = performance.now();
  // The weekly window starts on the Monday WEEKS − 1 weeks before this week's.
  const windowStart = weekStartMs(now.getTime()) - (WEEKS - 1) * 7 * 86_400_000;
  // One after another: a single pg client (the seed's) must not run two queries at once.
  const [result] = await sql.query<{ rows: string }>(ROWS_SQL, [now.getTime(), windowStart]);
  const rows = decodeRows(result?.rows ?? '[]');
  const liveRows = await sql.query<{ live: number }>(LIVE_SQL, [now.getTime()]);
  const rates = await loadRates(sql);
  const snapshot = computeSnapshot({
    rows,
    live: Number(liveRows[0]?.live ?? 0),
    now,
    rates,
  });
  const vacancies = snapshot.overall.count;
  const durationMs = Math.round(performance.now() - started);
  await sql.query(UPSERT_SQL, [SNAPSHOT_ID, now.getTime(), vacancies, durationMs, JSON.stringify(snapshot)]);
  return { snapshot, vacancies, durationMs };
}
