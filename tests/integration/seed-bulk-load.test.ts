// The fast seed (COPY over several connections, triggers skipped, indexes rebuilt after the load) must
// leave exactly the rows and the schema the triggers and the app would: checked on a small set forced
// through the bulk path, against the trigger functions themselves and the app's own computations.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSalary, workloadFromSchedule } from '@/lib/salary/normalize';
import { detectAdLanguage } from '@/lib/search/ad-language';
import { slotDurationMinutes, slotToUtcMinutes } from '@/lib/shifts/fit';
import { SEED_RATES, seedDemo } from '../../prisma/seed/seed';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { createTestDatabase } from '../../scripts/db/test-database';

const NOW = new Date('2026-12-04T10:00:00Z');
const COUNT = 600;

type Database = Awaited<ReturnType<typeof createTestDatabase>>;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const SCHEMA_SQL = `
  SELECT string_agg(pg_get_indexdef(indexrelid), E'\\n' ORDER BY indexrelid::regclass::text) AS indexes,
         (SELECT obj_description('vacancies'::regclass, 'pg_class')) AS comment
  FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid WHERE c.relnamespace = current_schema()::regnamespace`;

// A digest per table of every stored column (generated ones included), in a fixed order.
const DATA_SQL = `
  SELECT (SELECT md5(string_agg(v::text, '|' ORDER BY v.id)) FROM vacancies v) AS vacancies,
         (SELECT md5(string_agg(s::text, '|' ORDER BY s.id)) FROM shift_slots s) AS slots,
         (SELECT md5(string_agg(l::text, '|' ORDER BY l."vacancyId", l.language)) FROM vacancy_languages l) AS languages,
         (SELECT md5(string_agg(e::text, '|' ORDER BY e.id)) FROM moderation_events e) AS events`;

const DERIVED_SQL = `
  SELECT md5(string_agg(concat_ws('|', id, "companyName", "languageCodes"::text, "searchVector"::text, "titleVector"::text), ',' ORDER BY id)) AS digest
  FROM vacancies`;

describe('seed: bulk load', () => {
  let database: Database;
  let schemaBefore: { indexes: string; comment: string | null };

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    [schemaBefore] = (await query<{ indexes: string; comment: string | null }>(database.url, SCHEMA_SQL)) as [{ indexes: string; comment: string | null }];
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('gives the same data on several connections as on one, with the indexes exactly as before', async () => {
    const single = await seedDemo(database.url, { vacancies: COUNT, now: NOW, quiet: true, connections: 1, bulk: false });
    const [one] = await query(database.url, DATA_SQL);
    const bulk = await seedDemo(database.url, { vacancies: COUNT, now: NOW, quiet: true, connections: 2, bulk: true });
    const [several] = await query(database.url, DATA_SQL);

    expect(bulk.connections).toBe(2);
    expect(single.published).toBe(bulk.published);
    expect(several).toEqual(one);
    expect(await query(database.url, SCHEMA_SQL)).toEqual([schemaBefore]);
  });

  it('writes what the triggers would: company names, language codes and search vectors', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const [{ digest: loaded }] = (await client.query<{ digest: string }>(DERIVED_SQL)).rows as [{ digest: string }];
      await client.query('BEGIN');
      // Fire the triggers on every row: the BEFORE UPDATE OF "companyId" one copies the company name (and
      // the update recomputes the generated vectors); the statement trigger rewrites languageCodes.
      await client.query('UPDATE vacancies SET "companyId" = "companyId"');
      await client.query('UPDATE vacancy_languages SET level = level');
      const [{ digest: recomputed }] = (await client.query<{ digest: string }>(DERIVED_SQL)).rows as [{ digest: string }];
      await client.query('ROLLBACK');
      expect(loaded).toBe(recomputed);

      const orphans = await client.query<{ n: number }>(`
        SELECT (SELECT count(*) FROM shift_slots s WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = s."vacancyId"))
             + (SELECT count(*) FROM vacancy_languages l WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = l."vacancyId"))
             + (SELECT count(*) FROM moderation_events e WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = e."vacancyId"))
             + (SELECT count(*) FROM vacancies v WHERE NOT EXISTS (SELECT 1 FROM companies c WHERE c.id = v."companyId")) AS n`);
      expect(Number(orphans.rows[0]!.n)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('stores the salary in RUB, the UTC shift minutes and the ad language as the editor would', async () => {
    type Row = {
      title: string; description: string; locale: string; salaryFrom: string | null; salaryTo: string | null; salaryCurrency: string | null;
      salaryPeriod: string | null; salaryMinRub: number | null; salaryMaxRub: number | null; shiftPattern: string | null;
      shiftsPerWeek: string | null; slots: { start: number; end: number; zone: string; utcStart: number; utcEnd: number }[];
    };
    const rows = await query<Row>(database.url, `
      SELECT v.title, v.description, v.locale, v."salaryFrom", v."salaryTo", v."salaryCurrency", v."salaryPeriod"::text AS "salaryPeriod",
             v."salaryMinRub", v."salaryMaxRub", v."shiftPattern", v."shiftsPerWeek",
             coalesce(json_agg(json_build_object('start', s."startMinute", 'end', s."endMinute", 'zone', s."timeZone",
               'utcStart', s."utcStartMinute", 'utcEnd', s."utcEndMinute") ORDER BY s.position) FILTER (WHERE s.id IS NOT NULL), '[]') AS slots
      FROM vacancies v LEFT JOIN shift_slots s ON s."vacancyId" = v.id GROUP BY v.id`);
    expect(rows).toHaveLength(COUNT);
    for (const v of rows) {
      for (const s of v.slots) {
        expect(slotToUtcMinutes({ start: s.start, end: s.end, timeZone: s.zone }, NOW)).toEqual({ start: s.utcStart, end: s.utcEnd });
      }
      const first = v.slots[0];
      const workload = workloadFromSchedule({
        shiftsPerWeek: v.shiftsPerWeek === null ? undefined : Number(v.shiftsPerWeek),
        shiftPattern: v.shiftPattern ?? undefined,
        shiftHours: first ? slotDurationMinutes({ start: first.start, end: first.end }) / 60 : undefined,
      });
      const range = v.salaryCurrency && v.salaryPeriod
        ? normalizeSalary({
          from: v.salaryFrom === null ? null : Number(v.salaryFrom), to: v.salaryTo === null ? null : Number(v.salaryTo),
          currency: v.salaryCurrency as keyof typeof SEED_RATES, period: v.salaryPeriod as 'month',
        }, SEED_RATES, workload)
        : null;
      expect([v.salaryMinRub, v.salaryMaxRub]).toEqual([range?.minRub ?? null, range?.maxRub ?? null]);
      expect(detectAdLanguage(v.title, v.description), v.title).toBe(v.locale);
    }
  });

  it('falls back to the triggers for a role that is not a superuser, and writes the same rows', async () => {
    const [superuserData] = await query(database.url, DATA_SQL);
    const suffix = randomBytes(3).toString('hex');
    const role = `chatshift_seed_plain_${suffix}`;
    const name = `${new URL(database.url).pathname.slice(1)}_plain`;
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'seed-plain'`);
    await admin.query(`CREATE DATABASE "${name}" OWNER "${role}"`);
    const url = Object.assign(new URL(database.url), { username: role, password: 'seed-plain', pathname: `/${name}` }).toString();
    try {
      await applyMigrations(url);
      const summary = await seedDemo(url, { vacancies: COUNT, now: NOW, quiet: true, connections: 2, bulk: true });
      expect(summary.triggersSkipped).toBe(false);
      expect(await query(url, DATA_SQL)).toEqual([superuserData]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });
});
