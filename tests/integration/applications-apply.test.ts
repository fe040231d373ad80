import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getWithdrawal, submitApplication, withdrawApplication, type ApplyOutcome } from '@/lib/applications/apply.server';
import { resolveApplyClick } from '@/lib/applications/click.server';
import { sendApplicationDigests } from '@/lib/applications/digest.server';
import { CONSENT_VERSION } from '@/lib/applications/schemas';
import { createPrismaClient } from '@/lib/db-client';
import type { ApplyMode, VacancyStatus } from '@/lib/generated/prisma/client';
import { dayDate, statsDay } from '@/lib/vacancies/stats-days';
import { insertVacancy } from '@/tests/support/factories';

const db = createPrismaClient(inject('databaseUrl'), 3);
const tag = randomUUID().slice(0, 8);
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
let companyId: string;
let ipCounter = 0;

// A fresh client address per call keeps the per-IP limit out of tests that are not about it.
const ctx = (extra: { ip?: string; now?: Date; limits?: boolean } = {}) => ({ ip: `test-${tag}-${++ipCounter}`, now: new Date(), ...extra });
const candidate = (name: string) => `${name}-${tag}@candidate.example`;

/** What the form posts, filled in 10 seconds ago. */
const form = (patch: Record<string, string> = {}): Record<string, string> => ({
  name: 'Анна Смирнова', email: candidate('anna'), consent: 'on', startedAt: String(Date.now() - 10_000), locale: 'ru', ...patch,
});

async function vacancy(patch: { status?: VacancyStatus; applyMode?: ApplyMode; applyUrl?: string; applyEmail?: string; expiresAt?: Date; companyId?: string } = {}) {
  const n = randomUUID().slice(0, 8);
  return insertVacancy(db, { slug: `apply-${tag}-${n}`, title: `Оператор чата ${tag} ${n}`, applyMode: 'form', ...patch, companyId: patch.companyId ?? companyId });
}

const applicationsOf = (vacancyId: string) => db.application.count({ where: { vacancyId } });
const statsOf = async (vacancyId: string) =>
  db.vacancyDailyStat.findUnique({ where: { vacancyId_day: { vacancyId, day: dayDate(statsDay(new Date())) } } });
const mailTo = (to: string, kind: string) => db.outboxMail.findMany({ where: { to, kind }, orderBy: { createdAt: 'asc' } });

async function member(name: string, patch: { applicationNotices?: 'immediate' | 'daily'; locale?: string; blockedAt?: Date } = {}) {
  return db.user.create({ data: { email: `${name}-${tag}@employer.example`, name, emailVerified: new Date(), ...patch } });
}

beforeAll(async () => {
  const owner = await member('owner');
  const digestFan = await member('digest', { applicationNotices: 'daily', locale: 'en' });
  const blocked = await member('blocked', { blockedAt: new Date() });
  const company = await db.company.create({
    data: {
      name: `Мягкий Чат ${tag}`, slug: `myagkiy-chat-${tag}`,
      members: { create: [{ userId: owner.id, role: 'owner' }, { userId: digestFan.id }, { userId: blocked.id }] },
    },
  });
  companyId = company.id;
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.outboxMail.deleteMany({ where: { to: { contains: tag } } });
  await db.$disconnect();
});

describe('submitting an application', () => {
  it('stores every field, counts it and mails the candidate and the members who want it at once', async () => {
    const v = await vacancy();
    const email = candidate('full');
    const outcome = await submitApplication(
      v.id,
      form({
        name: ' Пётр Иванов ', email: email.toUpperCase(), phone: '+7 900 123-45-67', telegram: 'https://t.me/petr_ivanov',
        language1: 'ru', level1: 'native', language2: 'en', level2: 'B2', experience: 'between1And3',
        preferredShifts: 'Ночные 2/2', coverMessage: 'Два года в поддержке маркетплейса.', cvUrl: 'https://hh.ru/resume/petr', website: '',
      }),
      ctx(),
    );
    expect(outcome).toEqual({ ok: true, value: { applicationId: expect.any(String), email } });

    const row = await db.application.findFirstOrThrow({ where: { vacancyId: v.id } });
    expect(row).toMatchObject({
      name: 'Пётр Иванов', email, phone: '+7 900 123-45-67', telegram: '@petr_ivanov',
      languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }], experience: 'between1And3',
      preferredShifts: 'Ночные 2/2', coverMessage: 'Два года в поддержке маркетплейса.', cvUrl: 'https://hh.ru/resume/petr',
      consentVersion: CONSENT_VERSION, status: 'new', withdrawnAt: null,
    });
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.withdrawTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await statsOf(v.id))?.applications).toBe(1);

    const [confirmation] = await mailTo(email, 'application-received');
    expect(confirmation?.subject).toContain(v.title);
    expect(confirmation?.text).toMatch(/\/applications\/withdraw\/[A-Za-z0-9_-]{43}/);
    // The raw token is only in the mail, never in the database.
    expect(confirmation?.text).not.toContain(row.withdrawTokenHash);
    const [notice] = await mailTo(`owner-${tag}@employer.example`, 'application-notice');
    expect(notice?.text).toContain(`/employer/applications/${row.id}`);
    expect(await mailTo(`digest-${tag}@employer.example`, 'application-notice')).toEqual([]);
    expect(await mailTo(`blocked-${tag}@employer.example`, 'application-notice')).toEqual([]);
  });

  it('writes the confirmation in the language of the page', async () => {
    const v = await vacancy();
    const email = candidate('english');
    expect((await submitApplication(v.id, form({ email, name: 'Jane Doe', locale: 'en' }), ctx())).ok).toBe(true);
    const [mail] = await mailTo(email, 'application-received');
    expect(mail?.subject).toMatch(/^Your application to/);
    expect(mail?.text).toContain('/en/applications/withdraw/');
  });

  it('stores 50 concurrent candidates exactly once each', async () => {
    const v = await vacancy();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submitApplication(v.id, form({ email: candidate(`crowd${i}`), name: `Кандидат ${i}` }), ctx())),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(50);
    expect(await applicationsOf(v.id)).toBe(50);
    expect((await statsOf(v.id))?.applications).toBe(50);
  });

  it('stores 20 concurrent copies of one candidate once and tells the rest kindly', async () => {
    const v = await vacancy();
    const email = candidate('twin');
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => submitApplication(v.id, form({ email }), ctx({ limits: false }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.error === 'duplicate')).toHaveLength(19);
    expect(await applicationsOf(v.id)).toBe(1);
    expect((await statsOf(v.id))?.applications).toBe(1);
    expect(await mailTo(email, 'application-received')).toHaveLength(1);
    // Case and spaces do not make a new candidate.
    expect(await submitApplication(v.id, form({ email: ` ${email.toUpperCase()} ` }), ctx())).toEqual({ ok: false, error: 'duplicate' });
  });

  it.each(['draft', 'pending', 'rejected', 'closed', 'expired', 'removed'] as const)('refuses a %s vacancy', async (status) => {
    const v = await vacancy({ status });
    expect(await submitApplication(v.id, form(), ctx())).toEqual({ ok: false, error: 'notAccepting' });
    expect(await applicationsOf(v.id)).toBe(0);
  });

  it('refuses a published vacancy past its expiry, a blocked company, other apply modes and guessed ids', async () => {
    const expired = await vacancy({ expiresAt: new Date(Date.now() - 60_000) });
    const byUrl = await vacancy({ applyMode: 'url', applyUrl: 'https://jobs.example/apply' });
    const blockedCompany = await db.company.create({ data: { name: `Заблокирована ${tag}`, slug: `blocked-${tag}`, blockedAt: new Date() } });
    const ofBlocked = await vacancy({ companyId: blockedCompany.id });
    for (const id of [expired.id, byUrl.id, ofBlocked.id, randomUUID(), 'not-a-uuid', "'; DROP TABLE applications; --"]) {
      expect(await submitApplication(id, form(), ctx())).toEqual({ ok: false, error: 'notAccepting' });
    }
    expect(await db.application.count({ where: { vacancyId: { in: [expired.id, byUrl.id, ofBlocked.id] } } })).toBe(0);
  });

  it('waits for a close in progress and then refuses', async () => {
    const v = await vacancy();
    let pending: Promise<ApplyOutcome> | undefined;
    await db.$transaction(async (tx) => {
      await tx.vacancy.update({ where: { id: v.id }, data: { status: 'closed', closedAt: new Date() } });
      pending = submitApplication(v.id, form({ email: candidate('late') }), ctx());
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(await pending).toEqual({ ok: false, error: 'notAccepting' });
    expect(await applicationsOf(v.id)).toBe(0);
  });

  it('pretends to accept a filled honeypot and stores nothing', async () => {
    const v = await vacancy();
    const email = candidate('bot');
    expect(await submitApplication(v.id, form({ email, website: 'https://spam.example' }), ctx())).toEqual({
      ok: true, value: { applicationId: null, email },
    });
    expect(await applicationsOf(v.id)).toBe(0);
    expect(await mailTo(email, 'application-received')).toEqual([]);
  });

  it('asks to send again when the form came back faster than a person types', async () => {
    const v = await vacancy();
    const now = new Date();
    expect(await submitApplication(v.id, form({ startedAt: String(now.getTime() - 1_000) }), ctx({ now }))).toEqual({ ok: false, error: 'tooFast' });
    expect(await submitApplication(v.id, form({ startedAt: String(now.getTime() + 60_000) }), ctx({ now }))).toEqual({ ok: false, error: 'tooFast' });
    expect(await applicationsOf(v.id)).toBe(0);
  });

  it('returns field errors for bad input', async () => {
    const v = await vacancy();
    const outcome = await submitApplication(v.id, { name: 'A', email: 'nope', startedAt: 'yesterday', language1: 'en' }, ctx());
    expect(outcome).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: {
        name: ['apply.errors.nameRequired'], email: ['apply.errors.emailInvalid'], consent: ['apply.errors.consentRequired'],
        startedAt: ['apply.errors.reload'], level1: ['apply.errors.levelMissing'],
      },
    });
  });

  it('limits applications per email and per address', async () => {
    const closed = await vacancy({ status: 'closed' });
    const email = candidate('busy');
    const perEmail: ApplyOutcome[] = [];
    for (let i = 0; i < 11; i++) perEmail.push(await submitApplication(closed.id, form({ email }), ctx()));
    expect(perEmail.slice(0, 10).every((o) => !o.ok && o.error === 'notAccepting')).toBe(true);
    expect(perEmail[10]).toEqual({ ok: false, error: 'rateLimited' });

    const ip = `busy-${tag}`;
    const perIp: ApplyOutcome[] = [];
    for (let i = 0; i < 31; i++) perIp.push(await submitApplication(closed.id, form({ email: candidate(`ip${i}`) }), ctx({ ip })));
    expect(perIp.slice(0, 30).every((o) => !o.ok && o.error === 'notAccepting')).toBe(true);
    expect(perIp[30]).toEqual({ ok: false, error: 'rateLimited' });
  });
});

describe('withdrawing', () => {
  it('works once from the mailed link', async () => {
    const v = await vacancy();
    const email = candidate('changed-mind');
    expect((await submitApplication(v.id, form({ email }), ctx())).ok).toBe(true);
    const [mail] = await mailTo(email, 'application-received');
    const token = /\/applications\/withdraw\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';

    expect(await getWithdrawal(token)).toEqual({ title: v.title, company: `Мягкий Чат ${tag}` });
    expect(await withdrawApplication(token)).toEqual({ ok: true, value: { title: v.title, company: `Мягкий Чат ${tag}` } });
    const row = await db.application.findFirstOrThrow({ where: { vacancyId: v.id } });
    expect(row).toMatchObject({ status: 'withdrawn', withdrawTokenHash: null });
    expect(row.withdrawnAt).toBeInstanceOf(Date);

    expect(await withdrawApplication(token)).toEqual({ ok: false, error: 'tokenInvalid' });
    expect(await getWithdrawal(token)).toBeNull();
    for (const bad of ['', 'short', 'a'.repeat(43), '../../etc/passwd']) {
      expect(await withdrawApplication(bad)).toEqual({ ok: false, error: 'tokenInvalid' });
      expect(await getWithdrawal(bad)).toBeNull();
    }
  });
});

describe('daily digest', () => {
  it('mails each daily member once a day with the last 24 hours', async () => {
    const v = await vacancy();
    expect((await submitApplication(v.id, form({ email: candidate('digest1') }), ctx())).ok).toBe(true);
    expect((await submitApplication(v.id, form({ email: candidate('digest2') }), ctx())).ok).toBe(true);
    const quiet = await member('quiet', { applicationNotices: 'daily' });
    const quietCompany = await db.company.create({ data: { name: `Тихая ${tag}`, slug: `quiet-${tag}`, members: { create: { userId: quiet.id } } } });
    await vacancy({ companyId: quietCompany.id });

    const now = new Date();
    expect(await sendApplicationDigests(now)).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await mailTo(`digest-${tag}@employer.example`, 'application-digest');
    expect(more).toEqual([]);
    expect(digest?.subject).toMatch(/new applications in the last day/);
    expect(digest?.text).toContain(`“${v.title}” (Мягкий Чат ${tag}): 2 applications`);
    expect(digest?.text).toContain('/en/employer/applications');
    expect(await mailTo(quiet.email, 'application-digest')).toEqual([]);
    expect(await mailTo(`owner-${tag}@employer.example`, 'application-digest')).toEqual([]);

    // The job may run twice on a day, even twice at once: nothing new is sent.
    await Promise.all([sendApplicationDigests(now), sendApplicationDigests(now)]);
    expect(await mailTo(`digest-${tag}@employer.example`, 'application-digest')).toHaveLength(1);
  });
});

describe('apply clicks', () => {
  it('counts a visitor once a day and leaves bots out', async () => {
    const v = await vacancy({ applyMode: 'url', applyUrl: 'https://jobs.example/apply?ref=chatshift' });
    const visitor = { ip: '192.0.2.10', userAgent: CHROME };
    expect(await resolveApplyClick(v.id, visitor)).toEqual({ target: { kind: 'url', url: 'https://jobs.example/apply?ref=chatshift' }, counted: true });
    expect((await resolveApplyClick(v.id, visitor))?.counted).toBe(false);
    expect((await resolveApplyClick(v.id, { ip: '192.0.2.11', userAgent: CHROME }))?.counted).toBe(true);
    for (const userAgent of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'Mozilla/5.0 HeadlessChrome/156.0', null]) {
      expect(await resolveApplyClick(v.id, { ip: '192.0.2.12', userAgent })).toMatchObject({ target: { kind: 'url' }, counted: false });
    }
    expect((await statsOf(v.id))?.applyClicks).toBe(2);
  });

  it('leads to a mail, back to the page, or nowhere', async () => {
    const visitor = { ip: '192.0.2.20', userAgent: CHROME };
    const byEmail = await vacancy({ applyMode: 'email', applyEmail: 'hr@jobs.example' });
    expect(await resolveApplyClick(byEmail.id, visitor)).toEqual({ target: { kind: 'email', email: 'hr@jobs.example', title: byEmail.title }, counted: true });

    const form = await vacancy();
    const closed = await vacancy({ status: 'closed', applyMode: 'url', applyUrl: 'https://jobs.example/' });
    const unsafe = await vacancy({ applyMode: 'url', applyUrl: 'javascript:alert(1)' });
    for (const v of [form, closed, unsafe]) {
      expect(await resolveApplyClick(v.id, visitor)).toEqual({ target: { kind: 'page', slug: expect.stringContaining(tag) }, counted: false });
    }
    const draft = await vacancy({ status: 'draft', applyMode: 'url', applyUrl: 'https://jobs.example/' });
    for (const id of [draft.id, randomUUID(), 'nope']) expect(await resolveApplyClick(id, visitor)).toBeNull();
    expect((await statsOf(closed.id))?.applyClicks ?? 0).toBe(0);
  });
});
