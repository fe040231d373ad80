import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { eraseEndedApplications } from '@/lib/jobs/retention.server';
import { expireVacancies, remindExpiringVacancies } from '@/lib/jobs/vacancy-jobs.server';
import { startJobWorker, type JobWorker } from '@/lib/jobs/worker';
import { insertVacancy } from '@/tests/support/factories';

const url = inject('databaseUrl');
const db = createPrismaClient(url, 2);
const DAY = 86_400_000;
const TAG = `jobs-${randomUUID().slice(0, 8)}`;
let companyId: string;
const memberEmails = [`${TAG}-a@example.com`, `${TAG}-b@example.com`];

async function vacancy(data: { status: 'published' | 'closed' | 'expired' | 'removed'; expiresAt?: Date; closedAt?: Date }) {
  return (await insertVacancy(db, { slug: `${TAG}-${randomUUID().slice(0, 8)}`, companyId, title: `Оператор ${TAG}`, publishedAt: new Date(Date.now() - 20 * DAY), expiresAt: undefined, ...data })).id;
}

const events = (vacancyId: string) => db.moderationEvent.count({ where: { vacancyId, action: 'expired' } });
const reminders = (title: string) => db.outboxMail.count({ where: { kind: 'expiry-reminder', to: { in: memberEmails }, subject: { contains: title } } });

beforeAll(async () => {
  const company = await db.company.create({ data: { slug: TAG, name: `Company ${TAG}` }, select: { id: true } });
  companyId = company.id;
  for (const email of memberEmails) {
    await db.user.create({ data: { email, name: 'Member', memberships: { create: { companyId } } } });
  }
});

afterAll(async () => {
  await db.company.delete({ where: { id: companyId } });
  await db.user.deleteMany({ where: { email: { in: memberEmails } } });
  await db.$disconnect();
});

describe('expiry job', () => {
  it('expires a published vacancy only once its expiresAt has passed (fake clock)', async () => {
    const now = new Date();
    const id = await vacancy({ status: 'published', expiresAt: new Date(now.getTime() - 60_000) });
    await expireVacancies(new Date(now.getTime() - 120_000));
    expect((await db.vacancy.findUniqueOrThrow({ where: { id } })).status).toBe('published');
    await expireVacancies(now);
    expect((await db.vacancy.findUniqueOrThrow({ where: { id } })).status).toBe('expired');
    expect(await events(id)).toBe(1);
  });

  it('is idempotent when two runs race', async () => {
    const now = new Date();
    const ids = await Promise.all([1, 2, 3].map(() => vacancy({ status: 'published', expiresAt: new Date(now.getTime() - 1000) })));
    const [a, b] = await Promise.all([expireVacancies(now), expireVacancies(now)]);
    expect(a.expired + b.expired).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(await events(id)).toBe(1);
    expect((await expireVacancies(now)).expired).toBe(0);
  });
});

describe('expiry reminder job', () => {
  it('mails every member once, three days ahead, again after a renewal', async () => {
    const now = new Date();
    const id = await vacancy({ status: 'published', expiresAt: new Date(now.getTime() + 2 * DAY) });
    const later = await vacancy({ status: 'published', expiresAt: new Date(now.getTime() + 5 * DAY) });
    await Promise.all([remindExpiringVacancies(now), remindExpiringVacancies(now)]);
    await remindExpiringVacancies(now);
    const { title } = await db.vacancy.findUniqueOrThrow({ where: { id }, select: { title: true } });
    // Both vacancies share a title; only the one inside the window was mailed, once per member.
    expect(await reminders(title)).toBe(memberEmails.length);
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: later } })).expiryRemindedFor).toBeNull();

    await db.vacancy.update({ where: { id }, data: { expiresAt: new Date(now.getTime() + 32 * DAY) } });
    await remindExpiringVacancies(new Date(now.getTime() + 30 * DAY));
    expect(await reminders(title)).toBeGreaterThanOrEqual(memberEmails.length * 2);
  });
});

describe('application retention job', () => {
  async function application(vacancyId: string) {
    const a = await db.application.create({
      data: {
        vacancyId, name: 'Анна Кандидатова', email: `${randomUUID()}@example.com`, phone: '+79990000000', telegram: '@anna_k',
        coverMessage: 'Работала в чате банка два года.', cvUrl: 'https://example.com/cv.pdf', consentAt: new Date(), consentVersion: 'test',
        notes: { create: { body: 'Хороший кандидат' } },
      },
      select: { id: true },
    });
    return a.id;
  }

  it('erases personal data after the retention period, keeps it before, and is idempotent', async () => {
    const now = new Date();
    const old = await application(await vacancy({ status: 'closed', closedAt: new Date(now.getTime() - 181 * DAY) }));
    const recent = await application(await vacancy({ status: 'closed', closedAt: new Date(now.getTime() - 179 * DAY) }));
    const open = await application(await vacancy({ status: 'published', expiresAt: new Date(now.getTime() + 10 * DAY) }));

    const [a, b] = await Promise.all([eraseEndedApplications(180, now), eraseEndedApplications(180, now)]);
    expect(a.erased + b.erased).toBeGreaterThanOrEqual(1);

    const erased = await db.application.findUniqueOrThrow({ where: { id: old }, include: { notes: true } });
    expect(erased).toMatchObject({ name: '', phone: null, telegram: null, coverMessage: '', cvUrl: null, notes: [] });
    expect(erased.email).not.toContain('@example.com');
    expect(erased.erasedAt).not.toBeNull();
    for (const id of [recent, open]) {
      const kept = await db.application.findUniqueOrThrow({ where: { id }, include: { notes: true } });
      expect(kept.name).toBe('Анна Кандидатова');
      expect(kept.notes).toHaveLength(1);
    }
    expect((await eraseEndedApplications(180, now)).erased).toBe(0);
  });
});

describe('the worker', () => {
  it('runs a queued job once even with two workers polling the queue', async () => {
    const runs: string[] = [];
    const job = { name: `test-${TAG}`, cron: '0 0 1 1 *', run: async () => (runs.push('run'), { ok: 1 }) };
    const quiet = { info: () => {}, error: () => {} };
    const workers: JobWorker[] = await Promise.all([1, 2].map(() => startJobWorker(url, { jobs: [job], log: quiet })));
    try {
      const id = await workers[0]!.boss.send(job.name, {});
      expect(id).toBeTruthy();
      for (let i = 0; i < 60 && runs.length === 0; i++) await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 2500));
      expect(runs).toHaveLength(1);
    } finally {
      await Promise.all(workers.map((w) => w.boss.deleteQueue(job.name).catch(() => {})));
      await Promise.all(workers.map((w) => w.stop()));
    }
  });
});

describe('shift UTC refresh job', () => {
  it("moves a slot's UTC minutes to the zone's offset on the given day (daylight saving) and is idempotent", async () => {
    const { refreshShiftUtcMinutes } = await import('@/lib/jobs/shift-utc.server');
    const id = await vacancy({ status: 'published', expiresAt: new Date(Date.now() + 10 * DAY) });
    // 09:00–18:00 in Halifax saved in winter (UTC−4): 13:00–22:00 UTC. A zone the demo data does not use,
    // so the fake clock moves no other test's rows.
    const zone = 'America/Halifax';
    const slot = await db.shiftSlot.create({
      data: { vacancyId: id, startMinute: 540, endMinute: 1080, timeZone: zone, utcStartMinute: 780, utcEndMinute: 1320 },
    });
    const summer = await refreshShiftUtcMinutes(new Date('2026-07-01T12:00:00Z'), [zone]);
    expect(summer).toEqual({ zones: 1, slots: 1 });
    expect(await db.shiftSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({ utcStartMinute: 720, utcEndMinute: 1260 });
    expect(await refreshShiftUtcMinutes(new Date('2026-07-01T12:00:00Z'), [zone])).toEqual({ zones: 1, slots: 0 });
    await refreshShiftUtcMinutes(new Date('2026-12-01T12:00:00Z'), [zone]);
    expect(await db.shiftSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({ utcStartMinute: 780, utcEndMinute: 1320 });
  });
});

describe('withdrawn applications', () => {
  it('are erased 30 days after the withdrawal, whatever the vacancy', async () => {
    const now = new Date();
    const vacancyId = await vacancy({ status: 'published', expiresAt: new Date(now.getTime() + 10 * DAY) });
    const make = (withdrawnDaysAgo: number) =>
      db.application.create({
        data: {
          vacancyId, name: 'Отозвавший', email: `${randomUUID()}@example.com`, consentAt: now, consentVersion: 'test',
          status: 'withdrawn', withdrawnAt: new Date(now.getTime() - withdrawnDaysAgo * DAY),
        },
        select: { id: true },
      });
    const [old, fresh] = await Promise.all([make(31), make(29)]);
    await eraseEndedApplications(180, now);
    expect((await db.application.findUniqueOrThrow({ where: { id: old.id } })).erasedAt).not.toBeNull();
    expect((await db.application.findUniqueOrThrow({ where: { id: fresh.id } })).name).toBe('Отозвавший');
  });
});
