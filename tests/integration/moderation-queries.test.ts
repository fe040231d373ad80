import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { CompanyFiltersSchema, getAdminCompanies, getAdminCompany, getAdminUsers, UserFiltersSchema } from '@/lib/moderation/directory-queries';
import { approveRevision, approveVacancy } from '@/lib/moderation/review.server';
import { getReviewItem } from '@/lib/moderation/review-queries';
import { updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { actorFor } from '@/tests/support/actors';
import { submittedVacancy } from '@/tests/support/factories';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
let admin: AdminActor;
let employer: AdminActor;
let owner: Actor;
let companyId: string;
const made: string[] = [];
const companies: string[] = [];

async function pending(patch: object = {}): Promise<string> {
  const id = await submittedVacancy(owner, companyId, { ...VALID_VACANCY, title: `Оператор ${tag}`, ...patch });
  made.push(id);
  return id;
}

beforeAll(async () => {
  admin = await actorFor(db, DEMO_ACCOUNTS[0].email);
  owner = await actorFor(db, DEMO_ACCOUNTS[1].email);
  employer = { id: owner.id, role: 'employer' };
  companyId = owner.companies[0]!.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { targetId: { in: made } } });
  await db.vacancy.deleteMany({ where: { id: { in: made } } });
  await db.company.deleteMany({ where: { id: { in: companies } } });
  await db.$disconnect();
});

describe('getReviewItem', () => {
  it('shows a new vacancy with its risk reasons and its company', async () => {
    const id = await pending();
    const reasons = [{ code: 'upfrontPayment', weight: 40, phrases: ['оплата обучения'] }];
    await db.vacancy.update({ where: { id }, data: { riskScore: 40, riskReasons: reasons } });
    const item = (await getReviewItem(admin, id))!;
    const v = await db.vacancy.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ kind: 'new', status: 'pending', version: v.updatedAt.toISOString(), changes: null, risk: { score: 40, reasons } });
    expect(item.detail).toMatchObject({ title: `Оператор ${tag}`, apply: { mode: 'url', url: VALID_VACANCY.applyUrl } });
    expect(item.company).toMatchObject({ id: companyId, legalName: expect.anything() });
    expect(item.history.map((e) => e.action)).toEqual(['submitted']);
    expect(item.submittedAt).toEqual(item.history[0]!.createdAt);
  });

  it('reads malformed stored risk reasons as none', async () => {
    const id = await pending();
    await db.vacancy.update({ where: { id }, data: { riskScore: 5, riskReasons: { nonsense: true } } });
    expect((await getReviewItem(admin, id))!.risk).toEqual({ score: 5, reasons: [] });
  });

  it('shows an edit as the proposed version and lists only the changed fields', async () => {
    const id = await pending();
    await approveVacancy(admin, id);
    await updateVacancy(owner, id, {
      ...VALID_VACANCY,
      title: `Оператор, дневные смены ${tag}`,
      description: `${VALID_VACANCY.description}\nОплата 2 раза в месяц.`,
      languages: [{ language: 'ru', level: 'native' }, { language: 'de', level: 'A2' }],
      shiftSlots: [{ start: '09:00', end: '18:00', timeZone: 'Europe/Moscow' }],
      salaryFrom: '50000',
      nightShifts: '',
    });
    await db.vacancyRevision.update({ where: { vacancyId: id }, data: { riskScore: 7, riskReasons: [] } });
    const item = (await getReviewItem(admin, id))!;
    const revision = await db.vacancyRevision.findUniqueOrThrow({ where: { vacancyId: id } });
    expect(item).toMatchObject({ kind: 'edit', status: 'published', version: revision.submittedAt.toISOString(), risk: { score: 7, reasons: [] } });
    expect(item.detail.title).toBe(`Оператор, дневные смены ${tag}`);
    expect(item.detail.slots).toEqual([{ start: 540, end: 1080, timeZone: 'Europe/Moscow' }]);
    const byField = Object.fromEntries(item.changes!.map((c) => [c.field, c]));
    expect(Object.keys(byField).sort()).toEqual(['description', 'languages', 'nightShifts', 'salaryFrom', 'shiftSlots', 'title']);
    expect(byField.salaryFrom).toEqual({ field: 'salaryFrom', kind: 'value', before: 45000, after: 50000 });
    expect(byField.nightShifts).toMatchObject({ before: true, after: false });
    expect(byField.languages).toMatchObject({ kind: 'list', change: { added: ['de:A2'], removed: ['en:B1'], kept: ['ru:native'] } });
    expect(byField.shiftSlots).toMatchObject({ kind: 'list', before: ['21:00–09:00 Europe/Moscow'], after: ['09:00–18:00 Europe/Moscow'] });
    expect(byField.description).toMatchObject({ kind: 'text', lines: [{ type: 'same' }, { type: 'added', text: 'Оплата 2 раза в месяц.' }] });
  });

  it('flags a stored edit that no longer validates: no diff, and it cannot be approved', async () => {
    const id = await pending();
    await approveVacancy(admin, id);
    await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Правка ${tag}` });
    await db.vacancyRevision.update({ where: { vacancyId: id }, data: { data: { title: 'x' } } });
    const item = (await getReviewItem(admin, id))!;
    expect(item).toMatchObject({ kind: 'edit', changes: null });
    expect(item.detail.title).toBe(`Оператор ${tag}`);
    expect(await approveRevision(admin, id)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('shows a decided vacancy with nothing pending, and nothing at all to non-admins or for bad ids', async () => {
    const id = await pending();
    await approveVacancy(admin, id);
    expect(await getReviewItem(admin, id)).toMatchObject({ kind: null, version: null, status: 'published' });
    expect(await getReviewItem(null, id)).toBeNull();
    expect(await getReviewItem(employer, id)).toBeNull();
    for (const bad of [randomUUID(), 'nope', '']) expect(await getReviewItem(admin, bad)).toBeNull();
  });
});

describe('companies and users for the admin', () => {
  it('filters companies by marks and searches name, legal name and tax id', async () => {
    const waiting = await db.company.create({ data: { slug: `wait-${tag}`, name: `Ждёт проверки ${tag}`, legalName: `ООО Ждун ${tag}`, taxId: `99${tag.replace(/\D/g, '1').slice(0, 8)}` } });
    const bare = await db.company.create({ data: { slug: `bare-${tag}`, name: `Без реквизитов ${tag}` } });
    const blocked = await db.company.create({ data: { slug: `blk-${tag}`, name: `Заблокирована ${tag}`, blockedAt: new Date(), warnedAt: new Date() } });
    companies.push(waiting.id, bare.id, blocked.id);
    const names = async (filters: object) => (await getAdminCompanies(admin, CompanyFiltersSchema.parse(filters)))!.rows.map((r) => r.name);

    expect(await names({ q: tag })).toHaveLength(3);
    expect(await names({ q: tag, status: 'unverified' })).toEqual([waiting.name]);
    expect(await names({ q: tag, status: 'blocked' })).toEqual([blocked.name]);
    expect(await names({ q: tag, status: 'warned' })).toEqual([blocked.name]);
    expect(await names({ q: `ждун ${tag}` })).toEqual([waiting.name]);
    expect(await names({ q: waiting.taxId! })).toEqual([waiting.name]);
    expect(await names({ q: tag, status: 'bogus', page: '-3' })).toHaveLength(3);

    const detail = (await getAdminCompany(admin, companyId))!;
    expect(detail.members.map((m) => m.email)).toContain(DEMO_ACCOUNTS[1].email);
    expect(Object.values(detail.statusCounts).reduce((a, b) => a + (b ?? 0), 0)).toBe(await db.vacancy.count({ where: { companyId } }));
    expect(await getAdminCompany(employer, companyId)).toBeNull();
    expect(await getAdminCompany(admin, 'not-a-uuid')).toBeNull();
    expect(await getAdminCompanies(null, {})).toBeNull();
  });

  it('searches users by email or name, role and access', async () => {
    const found = (await getAdminUsers(admin, UserFiltersSchema.parse({ q: 'EMPLOYER1@chatshift' })))!;
    expect(found.rows.map((u) => u.email)).toEqual([DEMO_ACCOUNTS[1].email]);
    expect(found.rows[0]!.companies.map((c) => c.id)).toEqual([companyId]);
    const admins = (await getAdminUsers(admin, UserFiltersSchema.parse({ role: 'admin', blocked: 'no' })))!;
    expect(admins.rows.every((u) => u.role === 'admin' && u.blockedAt === null)).toBe(true);
    expect(admins.rows.map((u) => u.email)).toContain(DEMO_ACCOUNTS[0].email);
    expect(UserFiltersSchema.parse({ role: 'root', blocked: 'maybe', q: ['a', 'b'], page: 'x' })).toEqual({ q: 'a' });
    expect(await getAdminUsers(employer, {})).toBeNull();
  });
});
