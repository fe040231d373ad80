import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { inject } from 'vitest';
import { verifyPassword } from '@/lib/accounts/password';
import { CURRENCIES, EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SALARY_PERIODS, SCHEDULES, VACANCY_STATUSES } from '@/lib/vocabularies';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';

// The run's database holds the default demo set (scripts/test.ts or tests/setup/integration-global.ts).
describe('demo data', () => {
  const db = createPrismaClient(inject('databaseUrl'), 2);
  afterAll(() => db.$disconnect());

  type Field = 'industry' | 'schedule' | 'employment' | 'experience' | 'salaryCurrency' | 'salaryPeriod' | 'status';
  const distinct = async (field: Field) => {
    // `field` comes from the fixed union above, never from input.
    const rows = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT DISTINCT "${field}"::text AS v FROM vacancies WHERE "${field}" IS NOT NULL`);
    return new Set(rows.map((r) => r.v));
  };

  it('has at least 150 vacancies and 25 companies', async () => {
    expect(await db.vacancy.count()).toBeGreaterThanOrEqual(150);
    expect(await db.company.count()).toBeGreaterThanOrEqual(25);
  });

  it('covers every vocabulary value', async () => {
    expect(await distinct('industry')).toEqual(new Set(INDUSTRIES));
    expect(await distinct('schedule')).toEqual(new Set(SCHEDULES));
    expect(await distinct('employment')).toEqual(new Set(EMPLOYMENTS));
    expect(await distinct('experience')).toEqual(new Set(EXPERIENCES));
    expect(await distinct('salaryCurrency')).toEqual(new Set(CURRENCIES));
    expect(await distinct('salaryPeriod')).toEqual(new Set(SALARY_PERIODS));
    expect(await distinct('status')).toEqual(new Set(VACANCY_STATUSES));
    const languages = await db.vacancyLanguage.groupBy({ by: ['language'] });
    expect(languages.map((l) => l.language)).toEqual(expect.arrayContaining(['ru', 'en', 'de', 'es', 'fr', 'tr', 'kk', 'uz', 'zh']));
  });

  it('is mostly published, with a realistic mix of other statuses', async () => {
    const total = await db.vacancy.count();
    const published = await db.vacancy.count({ where: { status: 'published', expiresAt: { gt: new Date() } } });
    expect(published / total).toBeGreaterThan(0.6);
    expect(published / total).toBeLessThan(0.95);
  });

  it('has shift slots in several time zones, night shifts crossing midnight among them', async () => {
    const zones = await db.shiftSlot.groupBy({ by: ['timeZone'] });
    expect(zones.length).toBeGreaterThanOrEqual(5);
    const crossing = await db.shiftSlot.count({ where: { endMinute: { lt: db.shiftSlot.fields.startMinute } } });
    expect(crossing).toBeGreaterThan(0);
    expect(await db.vacancy.count({ where: { nightShifts: true } })).toBeGreaterThan(0);
  });

  it('stores a normalized monthly RUB range for every stated salary, and none otherwise', async () => {
    expect(await db.vacancy.count({ where: { salaryCurrency: { not: null }, salaryMinRub: null } })).toBe(0);
    expect(await db.vacancy.count({ where: { salaryCurrency: null, salaryMinRub: { not: null } } })).toBe(0);
    expect(await db.vacancy.count({ where: { salaryMaxRub: { lt: db.vacancy.fields.salaryMinRub } } })).toBe(0);
    const rates = await db.exchangeRate.findMany();
    expect(rates.map((r) => r.currency).sort()).toEqual([...CURRENCIES].sort());
  });

  it('writes bilingual, non-placeholder texts', async () => {
    const en = await db.vacancy.findFirst({ where: { locale: 'en' }, select: { description: true } });
    const ru = await db.vacancy.findFirst({ where: { locale: 'ru' }, select: { description: true } });
    expect(ru?.description).toMatch(/### Обязанности/);
    expect(en?.description).toMatch(/### Duties/);
    expect(`${ru?.description}${en?.description}`).not.toMatch(/lorem ipsum/i);
  });

  it('creates the demo accounts with slow password hashes, and both employers own a company', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, include: { memberships: true } });
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash!, account.password)).toBe(true);
      expect(await verifyPassword(user.passwordHash!, `${account.password}x`)).toBe(false);
      if (account.role === 'employer') expect(user.memberships).toEqual([expect.objectContaining({ role: 'owner' })]);
    }
    const [a, b] = await db.membership.findMany();
    expect(a?.companyId).not.toBe(b?.companyId);
  });

  it('gives each demo company vacancies in every status, for the dashboards to come', async () => {
    for (const membership of await db.membership.findMany()) {
      const statuses = await db.vacancy.groupBy({ by: ['status'], where: { companyId: membership.companyId } });
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(VACANCY_STATUSES));
    }
  });
});
