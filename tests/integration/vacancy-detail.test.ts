import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { getSimilarVacancies, getVacancyPage } from '@/lib/vacancies/detail-queries';
import { openVacancyWhere } from '@/lib/vacancies/queries';
import type { VacancyStatus } from '@/lib/vocabularies';

// Reads the seeded demo set; the two rows this file adds (a lapsed vacancy, a blocked company) are removed afterwards.
describe('vacancy page queries', () => {
  const db = createPrismaClient(inject('databaseUrl'), 2);
  const suffix = randomUUID().slice(0, 8);
  const lapsedSlug = `vacancy-detail-lapsed-${suffix}`;
  const blockedSlug = `vacancy-detail-blocked-${suffix}`;
  const blockedCompanySlug = `vacancy-detail-blocked-co-${suffix}`;

  const slugWithStatus = async (status: VacancyStatus) => {
    const row = await db.vacancy.findFirstOrThrow({ where: { status }, select: { slug: true } });
    return row.slug;
  };

  beforeAll(async () => {
    const company = await db.company.findFirstOrThrow({ where: { blockedAt: null }, select: { id: true } });
    const day = 24 * 60 * 60 * 1000;
    const fields = {
      title: 'Lapsed test vacancy', description: 'Test.', industry: 'ecommerce', schedule: 'shift',
      employment: 'full', experience: 'noExperience', status: 'published',
      publishedAt: new Date(Date.now() - 40 * day), expiresAt: new Date(Date.now() - 10 * day),
    } as const;
    // Published, but the expiry job has not run yet.
    await db.vacancy.create({ data: { ...fields, slug: lapsedSlug, companyId: company.id } });
    const blocked = await db.company.create({
      data: { slug: blockedCompanySlug, name: 'Blocked test company', blockedAt: new Date(), blockedReason: 'test' },
    });
    await db.vacancy.create({
      data: { ...fields, slug: blockedSlug, companyId: blocked.id, expiresAt: new Date(Date.now() + 10 * day) },
    });
  });

  afterAll(async () => {
    await db.vacancy.deleteMany({ where: { slug: { in: [lapsedSlug, blockedSlug] } } });
    await db.company.deleteMany({ where: { slug: blockedCompanySlug } });
    await db.$disconnect();
  });

  it('finds an open vacancy with its company, languages and shift slots', async () => {
    const row = await db.vacancy.findFirstOrThrow({
      where: { ...openVacancyWhere(), languages: { some: {} }, shiftSlots: { some: {} }, salaryCurrency: { not: null } },
      include: { company: true, languages: true, shiftSlots: { orderBy: { position: 'asc' } } },
    });
    const vacancy = await getVacancyPage(row.slug);

    expect(vacancy).toMatchObject({
      id: row.id,
      slug: row.slug,
      title: row.title,
      description: row.description,
      state: 'open',
      industry: row.industry,
      schedule: row.schedule,
      companyName: row.company.name,
      companySlug: row.company.slug,
      contractTypes: row.contractTypes,
      abroadCountries: row.abroadCountries,
      expiresAt: row.expiresAt,
      company: {
        name: row.company.name,
        slug: row.company.slug,
        verified: row.company.verifiedAt !== null,
        description: row.company.description,
        country: row.company.country,
        industry: row.company.industry,
      },
      salary: { currency: row.salaryCurrency, period: row.salaryPeriod, minRub: row.salaryMinRub, maxRub: row.salaryMaxRub },
    });
    expect(vacancy?.languages).toHaveLength(row.languages.length);
    expect(vacancy?.languages).toEqual(
      expect.arrayContaining(row.languages.map((l) => ({ language: l.language, level: l.level }))),
    );
    expect(vacancy?.slots).toEqual(row.shiftSlots.map((s) => ({ start: s.startMinute, end: s.endMinute, timeZone: s.timeZone })));
    expect(vacancy?.apply?.mode).toBe(row.applyMode);
  });

  it.each(['draft', 'pending', 'rejected', 'removed'] as const)('hides a %s vacancy', async (status) => {
    expect(await getVacancyPage(await slugWithStatus(status))).toBeNull();
  });

  it('hides every vacancy of a blocked company', async () => {
    expect(await getVacancyPage(blockedSlug)).toBeNull();
  });

  it.each(['closed', 'expired'] as const)('shows a %s vacancy as ended', async (status) => {
    const vacancy = await getVacancyPage(await slugWithStatus(status));
    expect(vacancy?.state).toBe('ended');
  });

  it('treats a published vacancy past its expiry date as ended', async () => {
    expect((await getVacancyPage(lapsedSlug))?.state).toBe('ended');
  });

  it.each([
    ['a path', '../etc'],
    ['an encoded path', '..%2Fetc%2Fpasswd'],
    ['500 characters', 'a'.repeat(500)],
    ['upper case', 'Operator-Chata'],
    ['an emoji', 'operator-😀'],
    ['an empty string', ''],
    ['SQL', "x' OR '1'='1"],
    ['an unknown slug', `no-such-vacancy-${suffix}`],
  ])('answers null for %s without throwing', async (_name, slug) => {
    await expect(getVacancyPage(slug)).resolves.toBeNull();
  });

  it('suggests open vacancies of the same industry, never the vacancy itself', async () => {
    const row = await db.vacancy.findFirstOrThrow({ where: openVacancyWhere(), select: { slug: true } });
    const vacancy = (await getVacancyPage(row.slug))!;
    const similar = await getSimilarVacancies(vacancy);

    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(4);
    expect(similar.map((s) => s.id)).not.toContain(vacancy.id);
    const open = await db.vacancy.findMany({
      where: { ...openVacancyWhere(), id: { in: similar.map((s) => s.id) } },
      select: { id: true, industry: true },
    });
    expect(open).toHaveLength(similar.length);
    expect(open.every((v) => v.industry === vacancy.industry)).toBe(true);

    // The same schedule ranks first whenever the industry has such a vacancy.
    const sameSchedule = await db.vacancy.count({
      where: { ...openVacancyWhere(), industry: vacancy.industry, schedule: vacancy.schedule, id: { not: vacancy.id } },
    });
    if (sameSchedule > 0) expect(similar[0]?.schedule).toBe(vacancy.schedule);
    expect(await getSimilarVacancies(vacancy, 2)).toHaveLength(Math.min(2, similar.length));
  });
});
