import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { refreshSalaryInsightsWith, SNAPSHOT_ID } from '@/lib/salaries/refresh';
import { weekKey } from '@/lib/salaries/stats';
import type { SalarySnapshot } from '@/lib/salaries/types';
import { pgRunner, prismaRunner, type SqlRunner } from '@/lib/sql-runner';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { createTestDatabase, type TestDatabase } from '../../scripts/db/test-database';

// The refresh against a real PostgreSQL, on a database of its own with hand-made vacancies, so every
// figure is known: what counts as live, what only the weekly medians see, what is left out.
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let runner: SqlRunner;
const now = new Date();
const DAY = 86_400_000;
let n = 0;

type Spec = {
  companyId: string;
  status?: 'published' | 'closed' | 'expired' | 'removed' | 'draft';
  rub?: [number, number];
  industry?: 'finance' | 'edtech' | 'ecommerce';
  schedule?: 'shift' | 'fullDay';
  publishedAt?: Date | null;
  expiresAt?: Date;
  languages?: { language: string; level: 'native' | 'B2' | 'C1' }[];
  voiceRequired?: boolean;
  trainingProvided?: boolean;
};

async function vacancy(spec: Spec) {
  const i = n++;
  await db.vacancy.create({
    data: {
      slug: `salary-${i}`,
      companyId: spec.companyId,
      title: `Оператор чата ${i}`,
      description: 'Отвечать покупателям в чате.',
      industry: spec.industry ?? 'finance',
      schedule: spec.schedule ?? 'shift',
      employment: 'full',
      experience: 'noExperience',
      status: spec.status ?? 'published',
      publishedAt: spec.publishedAt === undefined ? new Date(now.getTime() - 60_000) : spec.publishedAt,
      expiresAt: spec.expiresAt ?? new Date(now.getTime() + 20 * DAY),
      voiceRequired: spec.voiceRequired ?? false,
      trainingProvided: spec.trainingProvided ?? false,
      ...(spec.rub
        ? { salaryFrom: spec.rub[0], salaryTo: spec.rub[1], salaryCurrency: 'RUB', salaryPeriod: 'month', salaryMinRub: spec.rub[0], salaryMaxRub: spec.rub[1] }
        : {}),
      languages: { create: spec.languages ?? [{ language: 'ru', level: 'native' }] },
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  await applyMigrations(database.url);
  db = createPrismaClient(database.url, 2);
  runner = prismaRunner(db);
  await db.exchangeRate.createMany({ data: [{ currency: 'RUB', rubPerUnit: 1 }, { currency: 'USD', rubPerUnit: 100 }] });
  const open = await db.company.create({ data: { name: 'Открытая', slug: 'salary-open' } });
  const blocked = await db.company.create({ data: { name: 'Заблокированная', slug: 'salary-blocked', blockedAt: now } });
  const lastWeek = new Date(now.getTime() - 7 * DAY);

  // Live: six in finance with English (midpoints 50k…100k), two in edtech with voice and training, one without salary.
  for (let k = 0; k < 6; k++) {
    await vacancy({ companyId: open.id, rub: [40_000 + k * 10_000, 60_000 + k * 10_000], languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }] });
  }
  await vacancy({ companyId: open.id, rub: [30_000, 30_000], industry: 'edtech', schedule: 'fullDay', voiceRequired: true, trainingProvided: true });
  await vacancy({ companyId: open.id, rub: [34_000, 36_000], industry: 'edtech', schedule: 'fullDay', voiceRequired: true, trainingProvided: true });
  await vacancy({ companyId: open.id });
  // Not live, but public last week: five closed and one past its expiry (still marked published) count weekly.
  for (let k = 0; k < 5; k++) await vacancy({ companyId: open.id, status: 'closed', rub: [20_000 + k * 1_000, 20_000 + k * 1_000], publishedAt: lastWeek });
  await vacancy({ companyId: open.id, rub: [26_000, 26_000], publishedAt: lastWeek, expiresAt: new Date(now.getTime() - DAY) });
  // Never counted: a blocked company, a removed vacancy, a draft.
  await vacancy({ companyId: blocked.id, rub: [900_000, 900_000] });
  await vacancy({ companyId: open.id, status: 'removed', rub: [800_000, 800_000], publishedAt: lastWeek });
  await vacancy({ companyId: open.id, status: 'draft', rub: [700_000, 700_000], publishedAt: null });
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe('refreshSalaryInsightsWith', () => {
  let snapshot: SalarySnapshot;

  beforeAll(async () => {
    ({ snapshot } = await refreshSalaryInsightsWith(runner, now));
  });

  it('counts live vacancies with a salary, from companies that are not blocked', () => {
    expect(snapshot.live).toBe(9);
    expect(snapshot.overall.count).toBe(8);
    expect(snapshot.overall.median).toBe(65_000);
  });

  it('breaks them down, hiding groups under five', () => {
    expect(snapshot.byIndustry.find((b) => b.key === 'finance')).toEqual({ key: 'finance', count: 6, p25: 62_500, median: 75_000, p75: 87_500 });
    expect(snapshot.byIndustry.find((b) => b.key === 'edtech')).toEqual({ key: 'edtech', count: 2, p25: null, median: null, p75: null });
    expect(snapshot.byLanguage.map((l) => [l.key, l.count])).toEqual([['ru', 8], ['en', 6]]);
    expect(snapshot.byLanguage[1]!.levels).toEqual([{ key: 'B2', count: 6, p25: 62_500, median: 75_000, p75: 87_500 }]);
    expect(snapshot.byChannel.map((b) => [b.key, b.count])).toEqual([['chatOnly', 6], ['voice', 2]]);
    expect(snapshot.byTraining.map((b) => [b.key, b.count])).toEqual([['provided', 2], ['none', 6]]);
    expect(snapshot.cells.find((c) => c.industry === 'finance' && c.language === 'en' && c.schedule === 'shift')).toMatchObject({ count: 6, median: 75_000 });
    expect(snapshot.cells.some((c) => c.industry === 'edtech')).toBe(false);
  });

  it('bins the histogram per currency', () => {
    const usd = snapshot.histograms.find((h) => h.currency === 'USD')!;
    expect(usd.bins.reduce((s, b) => s + b.count, 0)).toBe(8);
    // No rate for EUR in this database: no EUR histogram.
    expect(snapshot.histograms.map((h) => h.currency)).toEqual(['RUB', 'USD']);
  });

  it('takes weekly medians by publication, closed and expired included, removed and blocked not', () => {
    const byWeek = new Map(snapshot.weekly.map((w) => [w.week, w]));
    const thisWeek = weekKey(now.getTime() - 60_000);
    const lastWeek = weekKey(now.getTime() - 7 * DAY);
    expect(byWeek.get(lastWeek)).toMatchObject({ count: 6, median: 22_500 });
    expect(byWeek.get(thisWeek)?.count).toBe(8);
    expect(snapshot.weekly.reduce((s, w) => s + w.count, 0)).toBe(14);
  });

  it('stores one current row, rewritten by each refresh', async () => {
    const first = await db.salaryInsight.findUniqueOrThrow({ where: { id: SNAPSHOT_ID } });
    expect(first.vacancies).toBe(8);
    expect((first.data as SalarySnapshot).overall.median).toBe(65_000);
    const later = new Date(now.getTime() + 1_000);
    await refreshSalaryInsightsWith(runner, later);
    expect(await db.salaryInsight.count()).toBe(1);
    expect((await db.salaryInsight.findUniqueOrThrow({ where: { id: SNAPSHOT_ID } })).computedAt.getTime()).toBe(later.getTime());
  });

  it('gives the same snapshot through node-postgres (the seed) as through Prisma (the job)', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const viaPg = await refreshSalaryInsightsWith(pgRunner(client), now);
      expect(viaPg.snapshot).toEqual(snapshot);
    } finally {
      await client.end();
    }
  });
});
