import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { getAuditExport, getAuditFilterChoices, getAuditLog, parseAuditFilters, type AuditEntry } from '@/lib/moderation/audit-queries';
import { createAuditPresenter, type AuditPresenter } from '@/lib/moderation/audit-text';
import { approveVacancy, rejectVacancy } from '@/lib/moderation/review.server';
import type { Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { submittedVacancy } from '@/tests/support/factories';

// The route handler asks Auth.js who is calling; here the test says so.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/accounts/queries', () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import('@/app/[locale]/(admin)/admin/audit/export/route');

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = randomUUID().slice(0, 8);
const ADMIN_NAME = `Анна Петрова ${TAG}`;
const COMPANY = `Компания X ${TAG}`;
const TITLE = `Оператор чата ${TAG}`;
let admin: CurrentUser;
let employer: CurrentUser;
let owner: Actor;
let ru: AuditPresenter;
let en: AuditPresenter;
const made: string[] = [];
const users: string[] = [];
let companyId: string;

async function pending(title = TITLE): Promise<string> {
  const id = await submittedVacancy(owner, companyId, { ...VALID_VACANCY, title });
  made.push(id);
  return id;
}

// Our ads share one text, so the board-wide duplicate check may score them risky: acknowledged, as an admin would.
const approve = (id: string) => approveVacancy(admin as AdminActor, id, { acknowledged: true });
const only = async (targetId: string): Promise<AuditEntry> => {
  const log = (await getAuditLog(admin, { targetId }))!;
  expect(log.rows).toHaveLength(1);
  return log.rows[0]!;
};
/** An entry written as lib/moderation writes it, for actions whose core functions other tests cover. */
const entry = (data: { action: string; targetType: string; targetId: string; actorId?: string | null; reason?: string; data?: object; createdAt?: Date }) =>
  db.auditLog.create({ data: { actorId: admin.id, ...data } });
const csvOf = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
};
const exportRequest = (locale: string, query = '') => GET(new Request(`http://localhost/${locale}/admin/audit/export${query}`), { params: Promise.resolve({ locale }) });

beforeAll(async () => {
  const a = await db.user.create({ data: { email: `anna-${TAG}@chatshift.example`, name: ADMIN_NAME, role: 'admin' } });
  const e = await db.user.create({ data: { email: `owner-${TAG}@employer.example`, name: `Владелец ${TAG}`, role: 'employer' } });
  users.push(a.id, e.id);
  const company = await db.company.create({ data: { name: COMPANY, slug: `company-x-${TAG}`, members: { create: { userId: e.id, role: 'owner' } } } });
  companyId = company.id;
  admin = { id: a.id, name: a.name, email: a.email, role: 'admin', companies: [] };
  employer = { id: e.id, name: e.name, email: e.email, role: 'employer', companies: [{ id: company.id, name: company.name, slug: company.slug, role: 'owner' }] };
  owner = employer;
  [ru, en] = [createAuditPresenter('ru'), createAuditPresenter('en')];
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ targetId: { in: [...made, ...users, companyId] } }, { actorId: { in: users } }] } });
  await db.vacancy.deleteMany({ where: { id: { in: made } } });
  await db.company.deleteMany({ where: { id: companyId } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

describe('entries read as sentences', () => {
  it('an approval names the admin, the vacancy with its company, and links the review page', async () => {
    const id = await pending();
    expect(await approve(id)).toEqual({ ok: true, value: null });
    const row = await only(id);
    expect(ru.sentence(row)).toBe(`${ADMIN_NAME} одобрил(а) вакансию «${TITLE}» (${COMPANY})`);
    expect(en.sentence(row)).toBe(`${ADMIN_NAME} approved the vacancy “${TITLE}” (${COMPANY})`);
    expect(ru.href(row)).toBe(`/admin/moderation/${id}`);
    expect(ru.actionLabel(row.action)).toBe('Вакансия одобрена');
    expect(ru.details(row)).toEqual([expect.stringMatching(/^Опубликована до: \d{1,2} [а-я]{3,4}\.? \d{4} г\., \d{2}:\d{2}$/)]);
  });

  it('a rejection shows the reason and the preset by its label, never raw JSON', async () => {
    const id = await pending();
    expect((await rejectVacancy(admin as AdminActor, id, { preset: 'upfrontPayment', note: 'Уберите оплату.' })).ok).toBe(true);
    const row = await only(id);
    expect(ru.sentence(row)).toBe(`${ADMIN_NAME} отклонил(а) вакансию «${TITLE}» (${COMPANY})`);
    const details = ru.details(row);
    expect(details[0]).toMatch(/^Причина: Вакансия требует от кандидата платить.*Уберите оплату\.$/);
    expect(details).toContain('Шаблон причины: Кандидата просят заплатить');
    expect(en.details(row)).toContain('Reason template: Candidates are asked to pay');
  });

  it('a removal reads as a status change; a user block names the user and links the users list', async () => {
    const id = await pending();
    const removal = await entry({ action: 'vacancy.remove', targetType: 'vacancy', targetId: id, reason: 'Мошенничество', data: { previousStatus: 'published', reports: [randomUUID(), randomUUID()] } });
    const row = (await getAuditLog(admin, { targetId: id }))!.rows.find((r) => r.id === removal.id)!;
    expect(ru.sentence(row)).toBe(`${ADMIN_NAME} снял(а) с публикации вакансию «${TITLE}» (${COMPANY})`);
    expect(ru.details(row)).toEqual(['Причина: Мошенничество', 'Статус: Опубликована → Снята модератором', 'Закрыто жалоб: 2']);

    await entry({ action: 'user.unblock', targetType: 'user', targetId: employer.id, data: { blockedAt: '2026-11-12T09:30:00.000Z', blockedReason: 'спам' } });
    const block = await only(employer.id);
    expect(ru.sentence(block)).toBe(`${ADMIN_NAME} разблокировал(а) пользователя Владелец ${TAG} (${employer.email})`);
    expect(ru.href(block)).toBe(`/admin/users?q=${encodeURIComponent(employer.email)}`);
    expect(ru.details(block)).toEqual(['Заблокирован(а) с: 12 нояб. 2026 г., 12:30', 'Причина блокировки: спам']);
  });

  it('an unknown action, a vanished object and the system as actor still read as words', async () => {
    const gone = randomUUID();
    made.push(gone);
    await entry({
      action: 'vacancy.archive', targetType: 'vacancy', targetId: gone, actorId: null,
      data: { before: { status: 'published' }, after: { status: 'removed' }, note: { channel: 'telegram', handle: '@x' }, flags: ['a', 'b'], revisionId: randomUUID() },
    });
    const row = await only(gone);
    expect(ru.sentence(row)).toBe(`Система: действие «vacancy.archive», вакансия #${gone.slice(0, 8)} (уже нет в базе)`);
    expect(ru.href(row)).toBeNull();
    expect(ru.details(row)).toEqual(['Статус: Опубликована → Снята модератором', 'Note: Handle: @x; Channel: telegram', 'Flags: a, b']);
    expect(ru.details(row).join()).not.toMatch(/[{}"]/);
  });

  it('a blocked contact is named by its value, and still after it was unblocked', async () => {
    const contact = await db.blockedContact.create({ data: { kind: 'telegram', value: `@scam_${TAG}`, reason: 'Мошенники', blockedById: admin.id } });
    made.push(contact.id);
    await entry({ action: 'contact.block', targetType: 'contact', targetId: contact.id, reason: 'Мошенники', data: { kind: 'telegram', value: contact.value }, createdAt: new Date(Date.now() - 1000) });
    const [blocked] = (await getAuditLog(admin, { targetId: contact.id }))!.rows;
    expect(blocked && ru.sentence(blocked)).toBe(`${ADMIN_NAME} заблокировал(а) контакт @scam_${TAG} (Telegram)`);
    expect(blocked && ru.details(blocked)).toEqual(['Причина: Мошенники']);
    expect(blocked && ru.href(blocked)).toBe('/admin/contacts');
    expect((await getAuditLog(admin, parseAuditFilters({ q: `scam_${TAG}` }).filters))!.total).toBe(1);

    await db.blockedContact.delete({ where: { id: contact.id } });
    await entry({ action: 'contact.unblock', targetType: 'contact', targetId: contact.id });
    const [unblocked] = (await getAuditLog(admin, { targetId: contact.id }))!.rows;
    expect(unblocked && en.sentence(unblocked)).toBe(`${ADMIN_NAME} unblocked the contact @scam_${TAG} (Telegram)`);
  });
});

describe('filters', () => {
  it('by exact action or group, actor, system, object title or id, type and dates', async () => {
    const id = await pending(`Редкий заголовок ${TAG}`);
    expect(await approve(id)).toEqual({ ok: true, value: null });
    const total = async (params: Record<string, string>) => (await getAuditLog(admin, parseAuditFilters(params).filters))!.total;
    expect(await total({ targetId: id, action: 'vacancy.approve' })).toBe(1);
    expect(await total({ targetId: id, action: 'vacancy.' })).toBe(1);
    // "vacancy.approve" is not a prefix filter: the revision approvals are another action.
    expect(await total({ targetId: id, action: 'vacancy.approveRevision' })).toBe(0);
    expect(await total({ targetId: id, action: 'company.' })).toBe(0);
    expect(await total({ targetId: id, actor: admin.id })).toBe(1);
    expect(await total({ targetId: id, actor: 'system' })).toBe(0);
    expect(await total({ q: `редкий ЗАГОЛОВОК ${TAG}` })).toBe(1);
    expect(await total({ q: id })).toBe(1);
    expect(await total({ q: `${TAG}`, targetType: 'company' })).toBe(0);
    expect(await total({ q: COMPANY })).toBe(0);
    expect(await total({ q: `anna-${TAG}` })).toBe(0);
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    expect(await total({ targetId: id, from: today, to: today })).toBe(1);
    expect(await total({ targetId: id, from: '2000-01-01', to: '2000-01-02' })).toBe(0);
  });

  it('drop bad values and name them, never throwing', async () => {
    const { filters, ignored } = parseAuditFilters({
      action: 'vacancy.approve\u0000', actor: "' OR 1=1 --", targetType: 'planet', targetId: '42', q: 'я'.repeat(10_000),
      from: '2026-02-30', to: 'вчера', page: '1e309',
    });
    expect(filters).toEqual({});
    expect(ignored.sort()).toEqual(['action', 'actor', 'from', 'page', 'q', 'targetId', 'targetType', 'to']);
    expect(parseAuditFilters({ q: 'Оп\u0000ератор' }).filters).toEqual({ q: 'Оператор' });
    expect(parseAuditFilters({ q: 'a\tb' }).ignored).toEqual(['q']);
    expect(parseAuditFilters({ from: '2026-05-02', to: '2026-05-01' })).toEqual({ filters: { from: '2026-05-02' }, ignored: ['to'] });
    expect(parseAuditFilters({ action: ['user.block', 'x'], actor: 'system', page: '2' }).filters).toEqual({ action: 'user.block', actor: 'system', page: 2 });
    expect((await getAuditLog(admin, parseAuditFilters({ q: '%_\\' }).filters))!.total).toBeGreaterThanOrEqual(0);
  });

  it('offer the admins and every known or logged action', async () => {
    const choices = await getAuditFilterChoices(admin);
    expect(choices.admins.map((a) => a.id)).toContain(admin.id);
    expect(choices.admins.map((a) => a.id)).not.toContain(employer.id);
    expect(choices.actions).toEqual(expect.arrayContaining(['vacancy.approve', 'user.unblock', 'contact.block']));
  });
});

describe('the CSV export', () => {
  it('refuses anyone but an admin, and the core functions give a non-admin nothing', async () => {
    session.user = null;
    expect((await exportRequest('ru')).status).toBe(401);
    session.user = employer;
    expect((await exportRequest('ru')).status).toBe(403);
    expect(await getAuditLog(employer as unknown as AdminActor, {})).toBeNull();
    expect(await getAuditExport(employer as unknown as AdminActor, {})).toBeNull();
    expect(await getAuditFilterChoices(employer as unknown as AdminActor)).toEqual({ admins: [], actions: [] });
    session.user = admin;
    expect((await exportRequest('de')).status).toBe(404);
  });

  it('writes the filtered entries in the admin language, Moscow time, UTF-8 with a BOM and formulas defused', async () => {
    const id = await pending();
    expect(await approve(id)).toEqual({ ok: true, value: null });
    await entry({ action: 'vacancy.remove', targetType: 'vacancy', targetId: id, reason: '=HYPERLINK("http://evil.example","жми")', data: { previousStatus: 'published', reports: [] }, createdAt: new Date(Date.now() + 1000) });
    session.user = admin;
    const response = await exportRequest('ru', `?q=${encodeURIComponent(id)}&page=7&from=broken`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { bom, text } = await csvOf(response);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Время (МСК);Кто;Действие;Тип объекта;Объект;ID объекта;Запись;Причина;Изменения');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};${ADMIN_NAME};Вакансия снята;вакансия;«${TITLE}»;${id};${ADMIN_NAME} снял\\(а\\) с публикации вакансию «${TITLE}» \\(${COMPANY}\\);`));
    expect(lines[1]).toContain(`;"'=HYPERLINK(""http://evil.example"",""жми"")";"Статус: Опубликована → Снята модератором; Закрыто жалоб: 0"`);
    expect(lines[2]).toContain(`;Вакансия одобрена;вакансия;«${TITLE}»;${id};${ADMIN_NAME} одобрил(а) вакансию «${TITLE}» (${COMPANY});;"Опубликована до: `);
    expect(lines[3]).toBe('');

    const english = (await csvOf(await exportRequest('en', `?targetId=${id}&action=vacancy.approve`))).text.replace(/^\uFEFF/, '').split('\r\n');
    expect(english[0]).toBe('Time (Moscow);Who;Action;Object type;Object;Object ID;Entry;Reason;Changes');
    expect(english[1]).toContain(`;Vacancy approved;vacancy;“${TITLE}”;${id};${ADMIN_NAME} approved the vacancy “${TITLE}” (${COMPANY});;"Published until: `);
    expect(english).toHaveLength(3);
  });
});
