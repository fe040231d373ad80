import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authenticate } from '@/lib/accounts/credentials-queries';
import { getCompanyPage } from '@/lib/companies/queries';
import { hashPassword } from '@/lib/accounts/password';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { getAuditLog, parseAuditFilters } from '@/lib/moderation/audit-queries';
import { getAdminOverview, getReviewQueue } from '@/lib/moderation/queries';
import { approveRevision, approveVacancy, rejectRevision, rejectVacancy } from '@/lib/moderation/review.server';
import { blockUser, unblockUser } from '@/lib/moderation/user.server';
import { unverifyCompany, verifyCompany } from '@/lib/moderation/verification.server';
import { getDashboardVacancy } from '@/lib/vacancies/dashboard-queries';
import { submitVacancy, updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { actorFor } from '@/tests/support/actors';
import { submittedVacancy } from '@/tests/support/factories';

const db = createPrismaClient(inject('databaseUrl'), 2);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const tag = randomUUID().slice(0, 8);
const TITLE = `Оператор чата ${tag}`;
let admin: AdminActor;
let employerAsAdmin: AdminActor;
let owner: Actor;
let companyId: string;
const made: string[] = [];
const users: string[] = [];
const companies: string[] = [];

/** A vacancy of employer1's company, submitted for review by the employer. */
async function pending(patch: object = {}): Promise<string> {
  const id = await submittedVacancy(owner, companyId, { ...VALID_VACANCY, title: TITLE, ...patch });
  made.push(id);
  return id;
}

/** A published vacancy with an edit waiting as a revision. */
async function withRevision(patch: object): Promise<string> {
  const id = await pending();
  expect((await approveVacancy(admin, id, { acknowledged: true })).ok).toBe(true);
  expect(await updateVacancy(owner, id, { ...VALID_VACANCY, ...patch })).toEqual({ ok: true, value: { revision: true } });
  return id;
}

const vacancy = (id: string) =>
  db.vacancy.findUniqueOrThrow({ where: { id }, include: { revision: true, shiftSlots: { orderBy: { position: 'asc' } }, languages: true } });
const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });
const eventsOf = (vacancyId: string) => db.moderationEvent.findMany({ where: { vacancyId }, orderBy: { createdAt: 'asc' } });
const mailsTo = (email: string, kind: string, since: Date) => db.outboxMail.findMany({ where: { to: email, kind, createdAt: { gte: since } } });

beforeAll(async () => {
  admin = await actorFor(db, DEMO_ACCOUNTS[0].email);
  const employer = await actorFor(db, DEMO_ACCOUNTS[1].email);
  owner = employer;
  employerAsAdmin = { id: employer.id, role: employer.role };
  companyId = owner.companies[0]!.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { targetId: { in: [...made, ...users, ...companies] } } });
  await db.vacancy.deleteMany({ where: { id: { in: made } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.company.deleteMany({ where: { id: { in: companies } } });
  await db.$disconnect();
});

describe('a new vacancy', () => {
  it('is published for 30 days on approval, with an event, an audit row and mail to the company', async () => {
    const since = new Date();
    const id = await pending();
    const now = new Date(Date.now() + 1000);
    expect(await approveVacancy(admin, id, { acknowledged: true, now })).toEqual({ ok: true, value: null });
    const v = await vacancy(id);
    expect(v).toMatchObject({ status: 'published', publishedAt: now, expiresAt: new Date(now.getTime() + 30 * DAY), moderationReason: null });
    expect((await eventsOf(id)).map((e) => [e.action, e.actorId])).toEqual([['submitted', owner.id], ['approved', admin.id]]);
    expect(await auditOf(id)).toEqual([expect.objectContaining({ actorId: admin.id, action: 'vacancy.approve', targetType: 'vacancy' })]);
    const mails = await mailsTo(DEMO_ACCOUNTS[1].email, 'vacancy-approved', since);
    expect(mails.some((m) => m.text.includes(`/employer/vacancies/${id}`) && m.text.includes(`/vacancies/${v.slug}`))).toBe(true);
  });

  it('is rejected with a preset reason and a note that the employer sees, and can be edited and resubmitted', async () => {
    const since = new Date();
    const id = await pending();
    const result = await rejectVacancy(admin, id, { preset: 'upfrontPayment', note: 'Уберите оплату «стартового набора».' });
    expect(result).toEqual({ ok: true, value: null });
    const v = await vacancy(id);
    expect(v.status).toBe('rejected');
    expect(v.moderationReason).toMatch(/^Вакансия требует от кандидата платить.*Уберите оплату «стартового набора»\.$/);
    const [, rejected] = await eventsOf(id);
    expect(rejected).toMatchObject({ action: 'rejected', actorId: admin.id, reason: v.moderationReason });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: 'vacancy.reject', reason: v.moderationReason, data: { preset: 'upfrontPayment' } }),
    ]);
    expect((await mailsTo(DEMO_ACCOUNTS[1].email, 'vacancy-rejected', since)).some((m) => m.text.includes('стартового набора'))).toBe(true);
    expect((await getDashboardVacancy(owner, id))?.moderationReason).toBe(v.moderationReason);

    // The lifecycle lets the employer fix and resubmit a rejected vacancy.
    expect(await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Исправленная вакансия ${tag}` })).toEqual({ ok: true, value: { revision: false } });
    expect(await submitVacancy(owner, id)).toEqual({ ok: true, value: null });
    expect(await vacancy(id)).toMatchObject({ status: 'pending', moderationReason: null, title: `Исправленная вакансия ${tag}` });
    expect((await approveVacancy(admin, id, { acknowledged: true })).ok).toBe(true);
  });

  it('writes the preset in the language of the ad, and "other" needs a note', async () => {
    const id = await pending();
    await db.vacancy.update({ where: { id }, data: { locale: 'en' } });
    expect(await rejectVacancy(admin, id, { preset: 'other', note: '' })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { note: ['moderation.errors.noteRequired'] },
    });
    expect(await rejectVacancy(admin, id, { preset: 'duplicate', note: 'x'.repeat(1001) })).toMatchObject({
      ok: false, error: 'invalid', fieldErrors: { note: ['moderation.errors.reasonTooLong'] },
    });
    expect(await rejectVacancy(admin, id, { preset: 'bogus' })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { preset: ['moderation.errors.presetRequired'] } });
    expect(await rejectVacancy(admin, id, null)).toMatchObject({ ok: false, error: 'invalid' });
    expect((await vacancy(id)).status).toBe('pending');
    expect(await rejectVacancy(admin, id, { preset: 'duplicate' })).toEqual({ ok: true, value: null });
    expect((await vacancy(id)).moderationReason).toBe('You already have this vacancy. Edit or renew it instead of posting a copy.');
  });
});

describe('an edit of a published vacancy', () => {
  const edit = {
    title: `Оператор чата, дневные смены ${tag}`,
    shiftSlots: [{ start: '09:00', end: '18:00', timeZone: 'Asia/Almaty' }, { start: '10:00', end: '19:00', timeZone: 'Europe/Moscow' }],
    languages: [{ language: 'kk', level: 'B2' }, { language: 'ru', level: 'C1' }],
    salaryFrom: '70000',
    salaryTo: '90000',
  };

  it('goes live on approval: content, slots and languages swap; the publication dates stay', async () => {
    const since = new Date();
    const id = await withRevision(edit);
    const before = await vacancy(id);
    expect(await approveRevision(admin, id, { acknowledged: true })).toEqual({ ok: true, value: null });
    const v = await vacancy(id);
    expect(v).toMatchObject({ status: 'published', title: edit.title, revision: null, publishedAt: before.publishedAt, expiresAt: before.expiresAt });
    expect(v.salaryMinRub).toBe(70000);
    expect(v.shiftSlots.map((s) => [s.startMinute, s.endMinute, s.timeZone])).toEqual([[540, 1080, 'Asia/Almaty'], [600, 1140, 'Europe/Moscow']]);
    expect(v.languages.map((l) => `${l.language}:${l.level}`).sort()).toEqual(['kk:B2', 'ru:C1']);
    expect(v.languageCodes).toEqual(['kk', 'ru']);
    expect((await eventsOf(id)).map((e) => e.action)).toEqual(['submitted', 'approved', 'revisionSubmitted', 'revisionApproved']);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['vacancy.approve', 'vacancy.approveRevision']);
    expect(await mailsTo(DEMO_ACCOUNTS[1].email, 'revision-approved', since)).not.toHaveLength(0);
  });

  it('is turned down on rejection: the published text stays and the employer sees why', async () => {
    const id = await withRevision(edit);
    expect(await rejectRevision(admin, id, { preset: 'misleadingPay', note: 'Откуда 90 000?' })).toEqual({ ok: true, value: null });
    const v = await vacancy(id);
    expect(v).toMatchObject({ status: 'published', title: TITLE, salaryMinRub: 45000 });
    expect(v.revision).toMatchObject({ rejectedAt: expect.any(Date), rejectionReason: expect.stringContaining('Откуда 90 000?') });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'revisionRejected', reason: v.revision!.rejectionReason });
    const dashboard = await getDashboardVacancy(owner, id);
    expect(dashboard).toMatchObject({ hasRevision: false, revisionRejectionReason: v.revision!.rejectionReason });

    // Not in the queue any more; a new edit puts it back.
    expect((await getReviewQueue(admin)).some((q) => q.vacancyId === id)).toBe(false);
    await updateVacancy(owner, id, { ...VALID_VACANCY, ...edit, salaryTo: '80000' });
    expect((await getReviewQueue(admin)).find((q) => q.vacancyId === id)).toMatchObject({ kind: 'edit', title: edit.title });
    expect(await getDashboardVacancy(owner, id)).toMatchObject({ hasRevision: true, revisionRejectionReason: null });
  });
});

describe('one decision only', () => {
  it('lets exactly one of two simultaneous decisions through', async () => {
    const id = await pending();
    const results = await Promise.all([approveVacancy(admin, id, { acknowledged: true }), rejectVacancy(admin, id, { preset: 'duplicate' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'alreadyDecided' }]);
    expect((await eventsOf(id)).filter((e) => e.action !== 'submitted')).toHaveLength(1);
    expect(await auditOf(id)).toHaveLength(1);
  });

  it('refuses a stale decision on a vacancy or a revision', async () => {
    const id = await pending();
    expect((await rejectVacancy(admin, id, { preset: 'poorDescription' })).ok).toBe(true);
    expect(await approveVacancy(admin, id, { acknowledged: true })).toEqual({ ok: false, error: 'alreadyDecided' });
    expect(await rejectVacancy(admin, id, { preset: 'poorDescription' })).toEqual({ ok: false, error: 'alreadyDecided' });

    const edited = await withRevision({ title: `Правка ${tag}` });
    const [a, b] = await Promise.all([approveRevision(admin, edited, { acknowledged: true }), rejectRevision(admin, edited, { preset: 'duplicate' })]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect(await approveRevision(admin, edited, { acknowledged: true })).toEqual({ ok: false, error: 'alreadyDecided' });
    expect(await rejectRevision(admin, edited, { preset: 'duplicate' })).toEqual({ ok: false, error: 'alreadyDecided' });
  });

  it('refuses to decide on a version the admin has not seen', async () => {
    const id = await pending();
    const seen = (await vacancy(id)).updatedAt.toISOString();
    await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Подменённый текст ${tag}` });
    expect(await approveVacancy(admin, id, { acknowledged: true, seen })).toEqual({ ok: false, error: 'changed' });
    expect((await vacancy(id)).status).toBe('pending');
    const fresh = (await vacancy(id)).updatedAt.toISOString();
    expect((await approveVacancy(admin, id, { acknowledged: true, seen: fresh })).ok).toBe(true);

    const edited = await withRevision({ title: `Первая правка ${tag}` });
    const seenRevision = (await vacancy(edited)).revision!.submittedAt.toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await updateVacancy(owner, edited, { ...VALID_VACANCY, title: `Вторая правка ${tag}` });
    expect(await approveRevision(admin, edited, { acknowledged: true, seen: seenRevision })).toEqual({ ok: false, error: 'changed' });
    expect((await vacancy(edited)).title).toBe(TITLE);
  });
});

describe('authorization', () => {
  it('refuses every admin operation to no actor, an employer, and guessed or malformed ids', async () => {
    const id = await pending();
    const edited = await withRevision({ title: `Чужая правка ${tag}` });
    const target = await db.user.create({ data: { email: `target-${tag}@test.example`, name: 'Target', passwordHash: null } });
    users.push(target.id);
    const auditBefore = await db.auditLog.count();
    const notFound = { ok: false, error: 'notFound' };
    for (const actor of [null, employerAsAdmin, { id: randomUUID(), role: 'employer' as const }]) {
      expect(await approveVacancy(actor, id)).toEqual(notFound);
      expect(await rejectVacancy(actor, id, { preset: 'duplicate' })).toEqual(notFound);
      expect(await approveRevision(actor, edited)).toEqual(notFound);
      expect(await rejectRevision(actor, edited, { preset: 'duplicate' })).toEqual(notFound);
      expect(await verifyCompany(actor, companyId)).toEqual(notFound);
      expect(await unverifyCompany(actor, companyId)).toEqual(notFound);
      expect(await blockUser(actor, target.id, { reason: 'spam' })).toEqual(notFound);
      expect(await unblockUser(actor, target.id)).toEqual(notFound);
      expect(await getReviewQueue(actor)).toEqual([]);
      expect(await getAdminOverview(actor)).toBeNull();
      expect(await getAuditLog(actor, {})).toBeNull();
    }
    for (const bad of [randomUUID(), 'not-a-uuid', "' OR 1=1 --", '']) {
      expect(await approveVacancy(admin, bad, { acknowledged: true })).toEqual(notFound);
      expect(await rejectVacancy(admin, bad, { preset: 'duplicate' })).toEqual(notFound);
      expect(await approveRevision(admin, bad, { acknowledged: true })).toEqual(notFound);
      expect(await rejectRevision(admin, bad, { preset: 'duplicate' })).toEqual(notFound);
      expect(await verifyCompany(admin, bad)).toEqual(notFound);
      expect(await blockUser(admin, bad, { reason: 'spam' })).toEqual(notFound);
    }
    expect((await vacancy(id)).status).toBe('pending');
    expect((await vacancy(edited)).revision?.rejectedAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).blockedAt).toBeNull();
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe('the review queue', () => {
  it('puts the highest risk first, unscored last, then the longest waiting', async () => {
    const [low, high, unscored, older] = [await pending(), await pending(), await pending(), await pending()];
    await db.vacancy.update({ where: { id: low }, data: { riskScore: 10 } });
    await db.vacancy.update({ where: { id: high }, data: { riskScore: 95 } });
    await db.vacancy.update({ where: { id: older }, data: { riskScore: 10 } });
    await db.vacancy.update({ where: { id: unscored }, data: { riskScore: null } });
    await db.moderationEvent.updateMany({ where: { vacancyId: older, action: 'submitted' }, data: { createdAt: new Date(Date.now() - 5 * DAY) } });
    const edit = await withRevision({ title: `Правка с риском ${tag}` });
    await db.vacancyRevision.update({ where: { vacancyId: edit }, data: { riskScore: 60 } });

    const queue = (await getReviewQueue(admin)).map((q) => q.vacancyId);
    const order = [high, edit, older, low, unscored].map((x) => queue.indexOf(x));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const item = (await getReviewQueue(admin)).find((q) => q.vacancyId === edit)!;
    expect(item).toMatchObject({ kind: 'edit', riskScore: 60, company: { id: companyId, blocked: false } });
  });
});

describe('company verification', () => {
  it('verifies a company with legal details once, and can take the mark back', async () => {
    const company = await db.company.create({ data: { slug: `verify-${tag}`, name: `Проверка ${tag}`, legalName: 'ООО «Чат»', taxId: '7701234567' } });
    const bare = await db.company.create({ data: { slug: `bare-${tag}`, name: `Без реквизитов ${tag}` } });
    companies.push(company.id, bare.id);
    expect(await verifyCompany(admin, bare.id)).toEqual({ ok: false, error: 'missingLegalDetails' });
    expect((await getCompanyPage(company.slug))?.company.verified).toBe(false);
    expect(await verifyCompany(admin, company.id)).toEqual({ ok: true, value: null });
    expect(await db.company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({ verifiedAt: expect.any(Date), verifiedById: admin.id });
    // The public mark comes straight from verifiedAt.
    expect((await getCompanyPage(company.slug))?.company.verified).toBe(true);
    expect(await verifyCompany(admin, company.id)).toEqual({ ok: false, error: 'alreadyVerified' });
    expect(await unverifyCompany(admin, company.id)).toEqual({ ok: true, value: null });
    expect(await unverifyCompany(admin, company.id)).toEqual({ ok: false, error: 'notVerified' });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).verifiedAt).toBeNull();
    expect((await auditOf(company.id)).map((a) => [a.action, a.actorId])).toEqual([['company.verify', admin.id], ['company.unverify', admin.id]]);
  });
});

describe('blocking a user', () => {
  it('needs a reason, never blocks oneself, and stops sign-in only after the right password', async () => {
    const user = await db.user.create({
      data: { email: `blocked-${tag}@test.example`, name: 'Blocked', passwordHash: await hashPassword('right-pass-123'), emailVerified: new Date() },
    });
    users.push(user.id);
    expect(await blockUser(admin, admin.id, { reason: 'test' })).toEqual({ ok: false, error: 'cannotBlockSelf' });
    expect(await blockUser(admin, user.id, { reason: '  ' })).toEqual({ ok: false, error: 'invalid', fieldErrors: { reason: ['moderation.errors.reasonRequired'] } });
    expect(await blockUser(admin, user.id, {})).toMatchObject({ ok: false, error: 'invalid' });
    expect(await authenticate(user.email, 'right-pass-123')).toMatchObject({ id: user.id });

    expect(await blockUser(admin, user.id, { reason: 'Рассылал спам кандидатам' })).toEqual({ ok: true, value: null });
    expect(await blockUser(admin, user.id, { reason: 'again' })).toEqual({ ok: false, error: 'alreadyBlocked' });
    expect(await authenticate(user.email, 'right-pass-123')).toBe('blocked');
    expect(await authenticate(user.email, 'wrong-pass-123')).toBe('invalid');
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ blockedReason: 'Рассылал спам кандидатам' });

    expect(await unblockUser(admin, user.id)).toEqual({ ok: true, value: null });
    expect(await unblockUser(admin, user.id)).toEqual({ ok: false, error: 'notBlocked' });
    expect(await authenticate(user.email, 'right-pass-123')).toMatchObject({ id: user.id });
    expect((await auditOf(user.id)).map((a) => [a.action, a.actorId, a.reason])).toEqual([
      ['user.block', admin.id, 'Рассылал спам кандидатам'],
      ['user.unblock', admin.id, null],
    ]);
  });
});

describe('overview figures', () => {
  it('takes the median time to decision over 7 and 30 days, pairing each decision with the latest submission', async () => {
    // A fixed "now" in the past, so only these crafted events fall inside the windows.
    const now = new Date('2001-06-15T12:00:00Z');
    const at = (ms: number) => new Date(now.getTime() + ms);
    const [a, b, c, d] = [await pending(), await pending(), await pending(), await pending()];
    await db.moderationEvent.createMany({
      data: [
        { vacancyId: a, action: 'submitted', createdAt: at(-40 * DAY) },
        { vacancyId: a, action: 'approved', createdAt: at(-35 * DAY) }, // outside 30 days
        { vacancyId: a, action: 'revisionSubmitted', createdAt: at(-10 * DAY) },
        { vacancyId: a, action: 'revisionApproved', createdAt: at(-10 * DAY + 2 * HOUR) }, // 2 h, 30 days only
        { vacancyId: b, action: 'submitted', createdAt: at(-3 * DAY) },
        { vacancyId: b, action: 'rejected', createdAt: at(-3 * DAY + 4 * HOUR) }, // 4 h
        { vacancyId: b, action: 'submitted', createdAt: at(-2 * DAY) },
        { vacancyId: b, action: 'approved', createdAt: at(-2 * DAY + HOUR) }, // 1 h: the latest submission counts
        { vacancyId: b, action: 'closed', createdAt: at(-DAY) },
        { vacancyId: b, action: 'approved', createdAt: at(HOUR) }, // after "now"
        { vacancyId: c, action: 'submitted', createdAt: at(-20 * DAY) },
        { vacancyId: c, action: 'approved', createdAt: at(-20 * DAY + 6 * HOUR) }, // 6 h, 30 days only
        { vacancyId: d, action: 'approved', createdAt: at(-DAY) }, // no submission before it: left out
      ],
    });
    const overview = await getAdminOverview(admin, now);
    expect(overview?.decisions).toEqual({
      days7: { medianSeconds: 2.5 * 3600, count: 2 },
      days30: { medianSeconds: 3 * 3600, count: 4 },
    });
    const empty = await getAdminOverview(admin, new Date('1990-01-01T00:00:00Z'));
    expect(empty?.decisions).toEqual({ days7: { medianSeconds: null, count: 0 }, days30: { medianSeconds: null, count: 0 } });
  });

  it('counts the queue, its oldest item and open reports', async () => {
    const id = await pending();
    await db.moderationEvent.updateMany({ where: { vacancyId: id, action: 'submitted' }, data: { createdAt: new Date('2001-01-01T00:00:00Z') } });
    await db.scamReport.create({ data: { vacancyId: id, category: 'scam', message: tag } });
    const overview = (await getAdminOverview(admin))!;
    const queue = await getReviewQueue(admin);
    expect(overview.queue.newVacancies + overview.queue.edits).toBe(queue.length);
    expect(overview.queue.newVacancies).toBe(queue.filter((q) => q.kind === 'new').length);
    expect(overview.queue.oldestSubmittedAt).toEqual(new Date('2001-01-01T00:00:00Z'));
    expect(overview.openReports).toBe(await db.scamReport.count({ where: { status: 'open' } }));
    expect(overview.openReports).toBeGreaterThan(0);
  });
});

describe('the audit log', () => {
  it('filters by action prefix, actor, target and dates, newest first', async () => {
    const id = await pending();
    await rejectVacancy(admin, id, { preset: 'duplicate' });
    const { filters } = parseAuditFilters({ action: 'vacancy.', actor: admin.id, targetType: 'vacancy', targetId: id });
    const log = (await getAuditLog(admin, filters))!;
    expect(log.rows.map((r) => [r.action, r.actor?.email])).toEqual([['vacancy.reject', DEMO_ACCOUNTS[0].email]]);
    expect((await getAuditLog(admin, { targetId: id, from: '2000-01-01', to: '2000-01-02' }))!.total).toBe(0);
    expect((await getAuditLog(admin, { targetId: id, from: '2000-01-01' }))!.total).toBe(1);
    expect((await getAuditLog(admin, { targetId: id, action: 'company.' }))!.total).toBe(0);
  });

  it('ignores bad parameters and names them', () => {
    const { filters, ignored } = parseAuditFilters({ action: 'drop table;', actor: 'nobody', targetType: 'planet', targetId: '42', from: '2026-13-45', to: ['2026-01-02', 'x'], page: '-1' });
    expect(filters).toEqual({ to: '2026-01-02' });
    expect(ignored.sort()).toEqual(['action', 'actor', 'from', 'page', 'targetId', 'targetType']);
    expect(parseAuditFilters({ page: '3', action: '' })).toEqual({ filters: { page: 3 }, ignored: [] });
  });
});
