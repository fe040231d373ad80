import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { submitApplication } from '@/lib/applications/apply.server';
import { recordApplyStart, resolveApplyClick } from '@/lib/applications/click.server';
import { createPrismaClient } from '@/lib/db-client';
import type { ApplyMode, VacancyStatus } from '@/lib/generated/prisma/client';
import { addDays, dayDate, daysFrom, statsDay } from '@/lib/vacancies/stats-days';
import { getCompanyTotals, getVacancyStats } from '@/lib/vacancies/stats-queries';
import { recordVacancyView } from '@/lib/vacancies/stats.server';
import { actorFor } from '@/tests/support/actors';

const db = createPrismaClient(inject('databaseUrl'), 3);
const tag = randomUUID().slice(0, 8);
const DAY = 86_400_000;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
let owner: CurrentUser;
let other: CurrentUser;
let companyId: string;
let otherCompanyId: string;

async function company(name: string) {
  const user = await db.user.create({ data: { email: `${name}-${tag}@employer.example`, name, emailVerified: new Date() } });
  const c = await db.company.create({ data: { name: `${name} ${tag}`, slug: `${name}-${tag}`, members: { create: [{ userId: user.id, role: 'owner' }] } } });
  return { actor: await actorFor(db, user.email), id: c.id };
}

async function vacancy(patch: { companyId?: string; status?: VacancyStatus; applyMode?: ApplyMode; applyUrl?: string; publishedAt?: Date | null } = {}) {
  const n = randomUUID().slice(0, 8);
  return db.vacancy.create({
    data: {
      slug: `stats-${tag}-${n}`, companyId: patch.companyId ?? companyId, title: `Оператор ${tag} ${n}`, description: 'Отвечать в чате.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', contractTypes: ['employment'],
      status: patch.status ?? 'published', applyMode: patch.applyMode ?? 'form', applyUrl: patch.applyUrl,
      publishedAt: patch.publishedAt === undefined ? new Date(Date.now() - 40 * DAY) : patch.publishedAt,
      expiresAt: new Date(Date.now() + 20 * DAY),
    },
    select: { id: true },
  });
}

const row = (vacancyId: string, day: string, views: number, applyClicks = 0, applications = 0) => ({ vacancyId, day: dayDate(day), views, applyClicks, applications });
const statsOn = async (vacancyId: string, day: string) =>
  (await db.vacancyDailyStat.findUnique({ where: { vacancyId_day: { vacancyId, day: dayDate(day) } } })) ?? { views: 0, applyClicks: 0, applications: 0 };

beforeAll(async () => {
  ({ actor: owner, id: companyId } = await company('stats-owner'));
  ({ actor: other, id: otherCompanyId } = await company('stats-other'));
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.$disconnect();
});

describe('one vacancy by day', () => {
  it('gives every day of the last 30, gaps as zeros, and all-time totals', async () => {
    const now = new Date();
    const today = statsDay(now);
    const v = await vacancy();
    await db.vacancyDailyStat.createMany({
      data: [row(v.id, addDays(today, -29), 5, 2, 1), row(v.id, addDays(today, -10), 7, 1, 0), row(v.id, today, 3, 1, 1), row(v.id, addDays(today, -30), 100, 50, 9)],
    });
    const stats = await getVacancyStats(owner, v.id, now);
    expect(stats?.daily).toHaveLength(30);
    expect(stats?.daily[0]).toEqual({ day: addDays(today, -29), views: 5, applyClicks: 2, applications: 1 });
    expect(stats?.daily.at(-1)).toEqual({ day: today, views: 3, applyClicks: 1, applications: 1 });
    expect(stats?.daily.filter((d) => d.views === 0)).toHaveLength(27);
    // Consecutive days, no hole and no repeat.
    expect(stats?.daily.every((d, i, all) => i === 0 || d.day === addDays(all[i - 1]!.day, 1))).toBe(true);
    expect(stats?.last30).toEqual({ views: 15, applyClicks: 4, applications: 2 });
    expect(stats?.totals).toEqual({ views: 115, applyClicks: 54, applications: 11 });
    expect(stats?.everPublished).toBe(true);
  });

  it('starts the axis at publication, but shows at least a week', async () => {
    const now = new Date();
    const today = statsDay(now);
    const twelve = await vacancy({ publishedAt: new Date(now.getTime() - 12 * DAY) });
    expect((await getVacancyStats(owner, twelve.id, now))?.daily[0]?.day).toBe(statsDay(new Date(now.getTime() - 12 * DAY)));
    const fresh = await vacancy({ publishedAt: new Date(now.getTime() - DAY) });
    const days = (await getVacancyStats(owner, fresh.id, now))?.daily ?? [];
    expect(days.map((d) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i - 6)));
    const draft = await vacancy({ status: 'draft', publishedAt: null });
    const empty = await getVacancyStats(owner, draft.id, now);
    expect(empty).toMatchObject({ everPublished: false, last30: { views: 0, applyClicks: 0, applications: 0 } });
    expect(empty?.daily).toHaveLength(7);
  });

  it('uses Moscow calendar days, at midnight Moscow time and not UTC', async () => {
    const v = await vacancy();
    const visitor = { ip: '203.0.113.50', userAgent: CHROME };
    // 20:59 UTC is 23:59 in Moscow; 21:01 UTC is already the next day there.
    expect(await recordVacancyView(v.id, visitor, new Date('2001-03-01T20:59:00Z'))).toBe(true);
    expect(await recordVacancyView(v.id, visitor, new Date('2001-03-01T21:01:00Z'))).toBe(true);
    expect((await statsOn(v.id, '2001-03-01')).views).toBe(1);
    expect((await statsOn(v.id, '2001-03-02')).views).toBe(1);

    const lateNight = new Date('2001-03-10T22:30:00Z');
    expect(statsDay(lateNight)).toBe('2001-03-11');
    const stats = await getVacancyStats(owner, v.id, lateNight);
    expect(stats?.daily.at(-1)?.day).toBe('2001-03-11');
    // The axis starts at the first recorded day here (the fixture's publication date lies in its future).
    expect(stats?.daily.map((d) => d.day)).toEqual(daysFrom('2001-03-01', '2001-03-11'));
    expect(stats?.last30.views).toBe(2);
  });

  it("refuses another company's vacancy, an unknown and a malformed id", async () => {
    const v = await vacancy();
    expect(await getVacancyStats(other, v.id)).toBeNull();
    expect(await getVacancyStats({ companies: [] }, v.id)).toBeNull();
    expect(await getVacancyStats(owner, randomUUID())).toBeNull();
    expect(await getVacancyStats(owner, 'not-a-uuid')).toBeNull();
  });
});

describe('company totals', () => {
  it('sums the last 30 days over the company, the last 7 days of applications and the conversion', async () => {
    const { actor, id } = await company('stats-totals');
    const now = new Date();
    const today = statsDay(now);
    const a = await vacancy({ companyId: id });
    const b = await vacancy({ companyId: id, applyMode: 'url', applyUrl: 'https://jobs.example/' });
    const foreign = await vacancy({ companyId: otherCompanyId });
    await db.vacancyDailyStat.createMany({
      data: [
        row(a.id, today, 40, 6, 3), row(a.id, addDays(today, -6), 20, 2, 1), row(a.id, addDays(today, -7), 30, 4, 2),
        row(b.id, addDays(today, -29), 10, 3, 0), row(b.id, addDays(today, -30), 500, 60, 40),
        row(foreign.id, today, 999, 99, 9),
      ],
    });
    expect(await getCompanyTotals(actor, id, now)).toEqual({ views: 100, applyClicks: 15, applications: 6, applicationsWeek: 4, conversion: 0.06 });
    // Without a company: all of the actor's companies (here just one).
    expect(await getCompanyTotals(actor, undefined, now)).toEqual(await getCompanyTotals(actor, id, now));
  });

  it('has no conversion without views, and refuses a company that is not the actor’s', async () => {
    const { actor, id } = await company('stats-quiet');
    await vacancy({ companyId: id });
    expect(await getCompanyTotals(actor, id)).toEqual({ views: 0, applyClicks: 0, applications: 0, applicationsWeek: 0, conversion: null });
    expect(await getCompanyTotals(actor, otherCompanyId)).toBeNull();
    expect(await getCompanyTotals(owner, id)).toBeNull();
    expect(await getCompanyTotals({ companies: [] })).toEqual({ views: 0, applyClicks: 0, applications: 0, applicationsWeek: 0, conversion: null });
  });
});

describe('apply clicks of on-site forms (decision 025)', () => {
  const form = (email: string, now: Date) => ({ name: 'Анна Смирнова', email, consent: 'on', startedAt: String(now.getTime() - 10_000), locale: 'ru' });

  it('count a started form once per visitor and day, an application without a start as its own click, so clicks ≥ applications', async () => {
    const v = await vacancy();
    const now = new Date('2001-05-05T09:00:00Z');
    const day = '2001-05-05';
    const anna = { ip: '198.51.100.10', userAgent: CHROME };
    const boris = { ip: '198.51.100.11', userAgent: CHROME };
    const vera = { ip: '198.51.100.12', userAgent: CHROME };

    // Anna starts the form twice (one click), then sends it: matched with her start, no second click.
    expect(await recordApplyStart(v.id, anna, now)).toBe(true);
    expect(await recordApplyStart(v.id, anna, now)).toBe(false);
    expect((await submitApplication(v.id, form(`anna-${tag}@candidate.example`, now), { ...anna, now, limits: false })).ok).toBe(true);
    expect(await statsOn(v.id, day)).toMatchObject({ applyClicks: 1, applications: 1 });

    // Boris sends the form without a recorded start (no JavaScript): his application is his click.
    expect((await submitApplication(v.id, form(`boris-${tag}@candidate.example`, now), { ...boris, now, limits: false })).ok).toBe(true);
    expect(await statsOn(v.id, day)).toMatchObject({ applyClicks: 2, applications: 2 });

    // Vera starts and gives up; a crawler's start is not counted.
    expect(await recordApplyStart(v.id, vera, now)).toBe(true);
    expect(await recordApplyStart(v.id, { ip: '198.51.100.13', userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, now)).toBe(false);
    expect(await statsOn(v.id, day)).toMatchObject({ applyClicks: 3, applications: 2 });

    // Anna sends a second application (another address): her one start is used, so this one brings a click.
    expect((await submitApplication(v.id, form(`anna2-${tag}@candidate.example`, now), { ...anna, now, limits: false })).ok).toBe(true);
    // Without a browser string nothing can be matched: a click of its own.
    expect((await submitApplication(v.id, form(`nobody-${tag}@candidate.example`, now), { ip: '198.51.100.14', now, limits: false })).ok).toBe(true);
    expect(await statsOn(v.id, day)).toMatchObject({ applyClicks: 5, applications: 4 });
  });

  it('keep clicks ≥ applications under concurrent starts and submissions', async () => {
    const v = await vacancy();
    const now = new Date('2001-05-06T09:00:00Z');
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const visitor = { ip: `198.51.100.${100 + (i % 4)}`, userAgent: CHROME };
        await Promise.all([
          recordApplyStart(v.id, visitor, now),
          submitApplication(v.id, form(`crowd${i}-${tag}@candidate.example`, now), { ...visitor, now, limits: false }),
        ]);
      }),
    );
    const s = await statsOn(v.id, '2001-05-06');
    expect(s.applications).toBe(12);
    expect(s.applyClicks).toBeGreaterThanOrEqual(12);
  });

  it('are refused for a vacancy that takes no on-site applications', async () => {
    const visitor = { ip: '198.51.100.30', userAgent: CHROME };
    const byUrl = await vacancy({ applyMode: 'url', applyUrl: 'https://jobs.example/' });
    const closed = await vacancy({ status: 'closed' });
    const draft = await vacancy({ status: 'draft', publishedAt: null });
    for (const id of [byUrl.id, closed.id, draft.id, randomUUID(), 'nope']) expect(await recordApplyStart(id, visitor)).toBe(false);
    // The button of a `url` vacancy is still its click, once a day.
    expect((await resolveApplyClick(byUrl.id, visitor))?.counted).toBe(true);
    expect((await resolveApplyClick(byUrl.id, visitor))?.counted).toBe(false);
    expect((await statsOn(byUrl.id, statsDay(new Date()))).applyClicks).toBe(1);
  });
});
