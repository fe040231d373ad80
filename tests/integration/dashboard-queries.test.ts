import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { createPrismaClient } from '@/lib/db-client';
import {
  getDashboardVacancies,
  getDashboardVacancy,
  getVacancyPreview,
  parseDashboardFilters,
  statsSince,
} from '@/lib/vacancies/dashboard-queries';
import { actorFor } from '@/tests/support/actors';

const db = createPrismaClient(inject('databaseUrl'), 2);
const DAY = 86_400_000;
const TAG = `dashq-${randomUUID().slice(0, 8)}`;
let owner: CurrentUser;
let stranger: CurrentUser;
let percentId: string;
let plainId: string;

async function vacancy(title: string, status: 'draft' | 'published') {
  const v = await db.vacancy.create({
    data: {
      slug: `${TAG}-${randomUUID().slice(0, 6)}`, companyId: owner.companies[0]!.id, title, description: 'Текст вакансии.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', status,
    },
    select: { id: true },
  });
  return v.id;
}

beforeAll(async () => {
  owner = await actorFor(db, 'employer1@chatshift.example');
  stranger = await actorFor(db, 'employer2@chatshift.example');
  percentId = await vacancy(`Оператор 100% удалённо ${TAG}`, 'published');
  plainId = await vacancy(`Оператор 100 смен ${TAG}`, 'draft');
  const since = statsSince(new Date());
  await db.vacancyDailyStat.createMany({
    data: [
      { vacancyId: percentId, day: since, views: 5, applyClicks: 2, applications: 1 },
      { vacancyId: percentId, day: new Date(since.getTime() + 10 * DAY), views: 7, applyClicks: 1, applications: 0 },
      // Older than 30 days: counted in the totals only.
      { vacancyId: percentId, day: new Date(since.getTime() - DAY), views: 100, applyClicks: 50, applications: 9 },
    ],
  });
});

afterAll(async () => {
  await db.vacancy.deleteMany({ where: { slug: { startsWith: TAG } } });
  await db.$disconnect();
});

describe('dashboard queries', () => {
  it("lists only the actor's company vacancies", async () => {
    const own = await getDashboardVacancies(owner);
    const companyIds = owner.companies.map((c) => c.id);
    const rows = await db.vacancy.findMany({ where: { id: { in: own.map((v) => v.id) } }, select: { companyId: true } });
    expect(rows.every((r) => companyIds.includes(r.companyId))).toBe(true);
    expect(own.map((v) => v.id)).toEqual(expect.arrayContaining([percentId, plainId]));
    expect((await getDashboardVacancies(stranger)).map((v) => v.id)).not.toContain(percentId);
    expect(await getDashboardVacancies({ companies: [] })).toEqual([]);
  });

  it('filters by status and searches titles with % taken literally', async () => {
    const drafts = await getDashboardVacancies(owner, { status: 'draft', q: TAG });
    expect(drafts.map((v) => v.id)).toEqual([plainId]);
    const percent = await getDashboardVacancies(owner, { q: '100%' });
    expect(percent.map((v) => v.id)).toContain(percentId);
    expect(percent.map((v) => v.id)).not.toContain(plainId);
    expect(await getDashboardVacancies(owner, { q: `_${TAG.slice(1)}` })).toEqual([]);
  });

  it('ignores bad filter values', () => {
    expect(parseDashboardFilters({ status: 'bogus', q: '  ' })).toEqual({ status: undefined, q: undefined });
    expect(parseDashboardFilters({ status: ['closed', 'draft'], q: 'чат' })).toEqual({ status: 'closed', q: 'чат' });
  });

  it('sums the last 30 days of vacancy_daily_stats (the days and all-time totals: stats-queries.test.ts)', async () => {
    const [row] = await getDashboardVacancies(owner, { q: `удалённо ${TAG}` });
    expect(row?.stats30).toEqual({ views: 12, applyClicks: 3, applications: 1 });
    const detail = await getDashboardVacancy(owner, percentId);
    expect(detail?.stats30).toEqual({ views: 12, applyClicks: 3, applications: 1 });
  });

  it('gives null for a foreign, unknown or malformed id', async () => {
    expect(await getDashboardVacancy(stranger, percentId)).toBeNull();
    expect(await getDashboardVacancy(owner, randomUUID())).toBeNull();
    expect(await getDashboardVacancy(owner, 'not-a-uuid')).toBeNull();
    expect(await getVacancyPreview(stranger, plainId)).toBeNull();
    // A draft was never published: the preview must not claim a publication date.
    expect(await getVacancyPreview(owner, plainId)).toMatchObject({ vacancy: { title: expect.stringContaining(TAG) }, published: false });
    // A title-only draft cannot be laid out yet: the page asks for the missing fields instead.
    const bare = await db.vacancy.create({ data: { slug: `${TAG}-bare`, companyId: owner.companies[0]!.id, title: `Только название ${TAG}` }, select: { id: true } });
    expect(await getVacancyPreview(owner, bare.id)).toEqual({ incomplete: true, title: `Только название ${TAG}` });
    expect(await getVacancyPreview(stranger, bare.id)).toBeNull();
  });
});
