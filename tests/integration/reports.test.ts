import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '@/lib/accounts/password';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { blockCompany, unblockCompany, warnCompany } from '@/lib/moderation/company.server';
import { dismissReports, removeVacancy, reporterHash, submitReport } from '@/lib/moderation/report.server';
import { getBlockedCompaniesOf, getReportQueue } from '@/lib/moderation/report-queries';
import { getSitemapVacancies } from '@/lib/sitemap/queries';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { getVacancyPage } from '@/lib/vacancies/detail-queries';
import { EMPTY_FILTERS } from '@/lib/vacancies/search-params';
import type { VacancyStatus } from '@/lib/vocabularies';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { insertVacancy } from '@/tests/support/factories';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
// A letters-only word, so full-text search finds exactly this file's vacancies.
const word = `жалобатест${[...tag].map((c) => 'абвгдежзиклмнопр'[parseInt(c, 16)]).join('')}`;
const DAY = 86_400_000;

let admin: AdminActor;
let employer: AdminActor;
let companyId: string;
let otherCompanyId: string;
const emails = { owner: `rep-owner-${tag}@test.example`, member: `rep-member-${tag}@test.example` };

const ip = () => `198.51.${randomInt(256)}.${randomInt(1, 255)}`;
const report = (patch: object = {}) => ({ category: 'scam', message: 'Просят оплатить обучение 3000 рублей до собеседования.', ...patch });

let counter = 0;
async function vacancy(status: VacancyStatus = 'published', company = companyId) {
  counter += 1;
  return insertVacancy(db, { slug: `report-${tag}-${counter}`, companyId: company, title: `Оператор чата ${word} ${counter}`, status });
}

const searchIds = async () => new Set((await searchVacancies({ ...EMPTY_FILTERS, q: word })).items.map((v) => v.id));
const sitemapSlugs = async () => new Set((await getSitemapVacancies(0)).map((v) => v.slug));
const mailsTo = (to: string[], kind: string) => db.outboxMail.findMany({ where: { to: { in: to }, kind }, orderBy: { createdAt: 'asc' } });
const auditFor = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });

async function openReports(vacancyId: string, n = 1) {
  for (let i = 0; i < n; i++) {
    const result = await submitReport(vacancyId, report({ category: i % 2 ? 'upfrontPayment' : 'scam' }), { ip: ip() });
    expect(result.ok).toBe(true);
  }
}

beforeAll(async () => {
  const passwordHash = await hashPassword('pass-12345678');
  const owner = await db.user.create({ data: { email: emails.owner, name: 'Владелец', passwordHash, emailVerified: new Date(), locale: 'ru' } });
  const member = await db.user.create({ data: { email: emails.member, name: 'Member', passwordHash, emailVerified: new Date(), locale: 'en' } });
  const company = await db.company.create({
    data: { name: `Жалобы ${tag}`, slug: `reports-${tag}`, members: { create: [{ userId: owner.id, role: 'owner' }, { userId: member.id, role: 'member' }] } },
  });
  const other = await db.company.create({ data: { name: `Другая ${tag}`, slug: `reports-other-${tag}` } });
  companyId = company.id;
  otherCompanyId = other.id;
  const adminRow = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true, role: true } });
  const employerRow = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[1].email }, select: { id: true, role: true } });
  expect(adminRow.role).toBe('admin');
  admin = adminRow;
  employer = employerRow;
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.outboxMail.deleteMany({ where: { to: { contains: tag } } });
  await db.$disconnect();
});

describe('submitReport', () => {
  it('stores the report with a salted hash of the address, never the address itself', async () => {
    const v = await vacancy();
    const address = ip();
    const result = await submitReport(v.slug, report({ email: ' Reader@Example.COM ' }), { ip: address });
    expect(result).toEqual({ ok: true, value: { slug: v.slug } });
    const rows = await db.scamReport.findMany({ where: { vacancyId: v.id } });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ category: 'scam', status: 'open', reporterEmail: 'reader@example.com', reporterHash: reporterHash(address) });
    expect(row.reporterHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(address);
    const limiterKeys = await db.rateLimit.findMany({ where: { key: { contains: address } } });
    expect(limiterKeys).toEqual([]);
  });

  it('accepts the vacancy id as well as the slug', async () => {
    const v = await vacancy();
    expect(await submitReport(v.id, report(), { ip: ip() })).toEqual({ ok: true, value: { slug: v.slug } });
  });

  it('answers bad input with field errors and stores nothing', async () => {
    const v = await vacancy();
    const address = ip();
    expect(await submitReport(v.slug, report({ category: 'boring' }), { ip: address })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { category: ['reports.errors.category'] },
    });
    expect(await submitReport(v.slug, { category: 'other', message: '   ' }, { ip: address })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { message: ['reports.errors.messageRequired'] },
    });
    expect(await submitReport(v.slug, report({ message: 'а'.repeat(2001) }), { ip: address })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { message: ['reports.errors.messageTooLong'] },
    });
    expect(await submitReport(v.slug, report({ email: 'not-an-email' }), { ip: address })).toMatchObject({
      ok: false, error: 'invalid', fieldErrors: { email: ['reports.errors.email'] },
    });
    expect(await submitReport(v.slug, null, { ip: address })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.scamReport.count({ where: { vacancyId: v.id } })).toBe(0);
    // Bad input used none of the address's allowance.
    expect(await submitReport(v.slug, report({ category: 'other', message: 'Странная вакансия' }), { ip: address })).toMatchObject({ ok: true });
  });

  it('refuses vacancies the public cannot see, and unknown or malformed ones', async () => {
    for (const status of ['draft', 'pending', 'rejected', 'closed', 'expired', 'removed'] as const) {
      const v = await vacancy(status);
      expect(await submitReport(v.slug, report(), { ip: ip() }), status).toEqual({ ok: false, error: 'notFound' });
    }
    const lapsed = await vacancy();
    await db.vacancy.update({ where: { id: lapsed.id }, data: { expiresAt: new Date(Date.now() - DAY) } });
    expect(await submitReport(lapsed.slug, report(), { ip: ip() })).toEqual({ ok: false, error: 'notFound' });
    for (const key of [randomUUID(), `nope-${tag}`, '../etc/passwd', '', 'A'.repeat(300)]) {
      expect(await submitReport(key, report(), { ip: ip() })).toEqual({ ok: false, error: 'notFound' });
    }
  });

  it('takes one report a day per address and vacancy, and ten an hour per address', async () => {
    const [a, b] = [await vacancy(), await vacancy()];
    const address = ip();
    expect(await submitReport(a.slug, report(), { ip: address })).toMatchObject({ ok: true });
    expect(await submitReport(a.slug, report({ category: 'spam' }), { ip: address })).toEqual({ ok: false, error: 'alreadyReported' });
    expect(await submitReport(b.slug, report(), { ip: address })).toMatchObject({ ok: true });
    expect(await submitReport(a.slug, report(), { ip: ip() })).toMatchObject({ ok: true });
    expect(await db.scamReport.count({ where: { vacancyId: a.id } })).toBe(2);

    const busy = ip();
    const targets = await Promise.all(Array.from({ length: 11 }, () => vacancy()));
    const results = [];
    for (const t of targets) results.push(await submitReport(t.slug, report(), { ip: busy }));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toEqual({ ok: false, error: 'rateLimited' });
  });

  it('thanks a bot that fills the honeypot, and stores nothing', async () => {
    const v = await vacancy();
    expect(await submitReport(v.slug, report({ website: 'http://spam.example' }), { ip: ip() })).toEqual({ ok: true, value: { slug: v.slug } });
    expect(await db.scamReport.count({ where: { vacancyId: v.id } })).toBe(0);
  });
});

describe('removeVacancy', () => {
  it('takes the vacancy down, drops its pending edit, closes its reports, logs and mails the members', async () => {
    const v = await vacancy();
    await openReports(v.id, 3);
    await db.vacancyRevision.create({ data: { vacancyId: v.id, data: {} } });
    expect(await getVacancyPage(v.slug)).not.toBeNull();
    expect((await searchIds()).has(v.id)).toBe(true);

    const reason = 'Просит деньги за обучение до трудоустройства';
    expect(await removeVacancy(admin, v.id, reason)).toEqual({ ok: true, value: null });

    const row = await db.vacancy.findUniqueOrThrow({ where: { id: v.id }, select: { status: true, moderationReason: true, revision: true } });
    expect(row).toEqual({ status: 'removed', moderationReason: reason, revision: null });
    expect(await getVacancyPage(v.slug)).toBeNull();
    expect((await searchIds()).has(v.id)).toBe(false);
    expect((await sitemapSlugs()).has(v.slug)).toBe(false);

    const reports = await db.scamReport.findMany({ where: { vacancyId: v.id } });
    expect(reports.map((r) => [r.status, r.resolvedById, r.resolution])).toEqual(
      Array(3).fill(['actioned', admin.id, `vacancyRemoved: ${reason}`]),
    );
    expect(reports.every((r) => r.resolvedAt instanceof Date)).toBe(true);
    const events = await db.moderationEvent.findMany({ where: { vacancyId: v.id } });
    expect(events).toMatchObject([{ action: 'removed', actorId: admin.id, reason }]);
    expect(await auditFor(v.id)).toMatchObject([{ action: 'vacancy.remove', actorId: admin.id, targetType: 'vacancy', reason }]);

    const mails = await mailsTo(Object.values(emails), 'vacancy-removed');
    expect(mails.map((m) => m.to).sort()).toEqual([emails.member, emails.owner].sort());
    expect(mails.find((m) => m.to === emails.owner)!.text).toContain(reason);
    expect(mails.find((m) => m.to === emails.member)!.subject).toMatch(/has been removed/);

    expect(await removeVacancy(admin, v.id, reason)).toEqual({ ok: false, error: 'alreadyRemoved' });
  });

  it('needs a reason', async () => {
    const v = await vacancy();
    expect(await removeVacancy(admin, v.id, '  ')).toEqual({ ok: false, error: 'invalid', fieldErrors: { reason: ['reports.errors.reasonRequired'] } });
    expect(await removeVacancy(admin, v.id, 'x'.repeat(1001))).toEqual({ ok: false, error: 'invalid', fieldErrors: { reason: ['reports.errors.reasonTooLong'] } });
    expect(await removeVacancy(admin, v.id, undefined)).toMatchObject({ ok: false, error: 'invalid' });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe('published');
  });
});

describe('company sanctions', () => {
  it('warns: warnedAt, the reports of the vacancy in question, an audit row, a mail to the owners only', async () => {
    const [v, untouched] = [await vacancy(), await vacancy()];
    await openReports(v.id, 2);
    await openReports(untouched.id, 1);
    const reason = 'Несколько жалоб на оплату обучения';
    expect(await warnCompany(admin, companyId, reason, { reportsOf: v.id })).toEqual({ ok: true, value: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).warnedAt).toBeInstanceOf(Date);
    expect(await db.scamReport.count({ where: { vacancyId: v.id, status: 'actioned', resolution: `companyWarned: ${reason}` } })).toBe(2);
    expect(await db.scamReport.count({ where: { vacancyId: untouched.id, status: 'open' } })).toBe(1);
    expect(await auditFor(companyId)).toMatchObject([{ action: 'company.warn', actorId: admin.id, reason }]);
    const mails = await mailsTo(Object.values(emails), 'company-warned');
    expect(mails.map((m) => m.to)).toEqual([emails.owner]);
    expect(mails[0]!.text).toContain(reason);
    // The vacancy stays public: a warning is only a warning.
    expect(await getVacancyPage(v.slug)).not.toBeNull();
    // A vacancy of another company is not this company's business.
    const foreign = await vacancy('published', otherCompanyId);
    expect(await warnCompany(admin, companyId, reason, { reportsOf: foreign.id })).toEqual({ ok: false, error: 'notFound' });
  });

  it('blocks: every vacancy of the company leaves the catalogue, pages and sitemap; unblocking brings them back', async () => {
    const [a, b] = [await vacancy(), await vacancy()];
    await openReports(a.id, 1);
    await openReports(b.id, 1);
    expect([...(await searchIds())]).toEqual(expect.arrayContaining([a.id, b.id]));

    const reason = 'Мошенническая схема с предоплатой';
    expect(await blockCompany(admin, companyId, reason)).toEqual({ ok: true, value: null });
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({ blockedReason: reason, blockedAt: expect.any(Date) });
    const visible = await searchIds();
    expect(visible.has(a.id) || visible.has(b.id)).toBe(false);
    const sitemap = await sitemapSlugs();
    expect(sitemap.has(a.slug) || sitemap.has(b.slug)).toBe(false);
    expect(await getVacancyPage(a.slug)).toBeNull();
    expect(await submitReport(a.slug, report(), { ip: ip() })).toEqual({ ok: false, error: 'notFound' });
    expect(await db.scamReport.count({ where: { vacancy: { companyId }, status: 'open' } })).toBe(0);
    expect((await mailsTo(Object.values(emails), 'company-blocked')).map((m) => m.to)).toEqual([emails.owner]);
    expect(await getBlockedCompaniesOf({ companies: [{ id: companyId, name: '', slug: '', role: 'member' }] })).toMatchObject([{ id: companyId, reason }]);
    expect(await blockCompany(admin, companyId, reason)).toEqual({ ok: false, error: 'alreadyBlocked' });

    expect(await unblockCompany(admin, companyId)).toEqual({ ok: true, value: null });
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({ blockedAt: null, blockedReason: null });
    expect([...(await searchIds())]).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await sitemapSlugs()).has(a.slug)).toBe(true);
    expect(await getVacancyPage(a.slug)).not.toBeNull();
    expect(await unblockCompany(admin, companyId)).toEqual({ ok: false, error: 'notBlocked' });
    expect((await auditFor(companyId)).map((e) => e.action)).toEqual(expect.arrayContaining(['company.block', 'company.unblock']));
  });

  it('needs a reason to warn or block', async () => {
    expect(await warnCompany(admin, companyId, '')).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { reason: ['reports.errors.reasonRequired'] } });
    expect(await blockCompany(admin, companyId, 'no')).toMatchObject({ ok: false, error: 'invalid' });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).blockedAt).toBeNull();
  });
});

describe('dismissReports', () => {
  it('closes the open reports as dismissed and leaves the vacancy up', async () => {
    const v = await vacancy();
    await openReports(v.id, 2);
    expect(await dismissReports(admin, v.id)).toEqual({ ok: true, value: null });
    expect(await db.scamReport.findMany({ where: { vacancyId: v.id }, select: { status: true, resolution: true, resolvedById: true } })).toEqual(
      Array(2).fill({ status: 'dismissed', resolution: 'dismissed', resolvedById: admin.id }),
    );
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe('published');
    expect(await auditFor(v.id)).toMatchObject([{ action: 'vacancy.dismissReports', actorId: admin.id }]);
    expect(await dismissReports(admin, v.id, 'Повторно')).toEqual({ ok: false, error: 'nothingOpen' });
  });
});

describe('authorization', () => {
  it('refuses every admin operation to nobody and to an employer, and changes nothing', async () => {
    const v = await vacancy();
    await openReports(v.id, 1);
    const auditsBefore = (await auditFor(companyId)).length;
    const mailsBefore = await db.outboxMail.count({ where: { to: { in: Object.values(emails) } } });
    const companyBefore = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { warnedAt: true, blockedAt: true } });
    for (const actor of [null, employer]) {
      expect(await removeVacancy(actor, v.id, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await dismissReports(actor, v.id)).toEqual({ ok: false, error: 'notFound' });
      expect(await warnCompany(actor, companyId, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await blockCompany(actor, companyId, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await unblockCompany(actor, companyId)).toEqual({ ok: false, error: 'notFound' });
      expect(await getReportQueue(actor, { status: 'open', page: 1 })).toBeNull();
    }
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe('published');
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { warnedAt: true, blockedAt: true } })).toEqual(companyBefore);
    expect(await db.scamReport.count({ where: { vacancyId: v.id, status: 'open' } })).toBe(1);
    expect(await auditFor(v.id)).toEqual([]);
    expect(await auditFor(companyId)).toHaveLength(auditsBefore);
    expect(await db.outboxMail.count({ where: { to: { in: Object.values(emails) } } })).toBe(mailsBefore);
  });

  it('answers guessed and malformed ids with notFound', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', '']) {
      expect(await removeVacancy(admin, id, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await dismissReports(admin, id)).toEqual({ ok: false, error: 'notFound' });
      expect(await warnCompany(admin, id, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await blockCompany(admin, id, 'Достаточная причина')).toEqual({ ok: false, error: 'notFound' });
      expect(await unblockCompany(admin, id)).toEqual({ ok: false, error: 'notFound' });
    }
  });
});

describe('getReportQueue', () => {
  it('groups open reports by vacancy, the most reported first, with categories and distinct reporters', async () => {
    const [few, many] = [await vacancy(), await vacancy()];
    await openReports(few.id, 1);
    await openReports(many.id, 4);
    const queue = await getReportQueue(admin, { status: 'open', page: 1 });
    expect(queue).not.toBeNull();
    const ids = queue!.items.map((i) => i.vacancy.id);
    expect(ids.indexOf(many.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(many.id)).toBeLessThan(ids.indexOf(few.id));
    const item = queue!.items.find((i) => i.vacancy.id === many.id)!;
    expect(item).toMatchObject({ count: 4, reporters: 4, vacancy: { status: 'published', company: { id: companyId, blocked: false } } });
    expect(item.categories).toEqual([{ category: 'scam', count: 2 }, { category: 'upfrontPayment', count: 2 }]);
    expect(item.reports).toHaveLength(4);
    expect(queue!.totals.open).toBeGreaterThanOrEqual(5);

    expect(await dismissReports(admin, few.id, 'Не подтвердилось')).toMatchObject({ ok: true });
    const dismissed = await getReportQueue(admin, { status: 'dismissed', page: 1 });
    const closed = dismissed!.items.find((i) => i.vacancy.id === few.id)!;
    expect(closed.reports[0]!.resolution).toEqual({ kind: 'dismissed', reason: 'Не подтвердилось' });
  });
});
