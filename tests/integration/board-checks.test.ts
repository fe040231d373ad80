import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { riskReasonsSchema, type RiskReason } from '@/lib/moderation/risk';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { blockContact, unblockContact } from '@/lib/moderation/board/blocked.server';
import { getBlockedContacts } from '@/lib/moderation/board/queries';
import { approveVacancy, rejectRevision } from '@/lib/moderation/review.server';
import { getDashboardVacancy } from '@/lib/vacancies/dashboard-queries';
import { createDraft, renewVacancy, submitVacancy, updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';

// Issue 13 items 1 and 2: a submission is compared with the rest of the board, across companies.

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const companies: string[] = [];
const users: string[] = [];

// A scam in the shape these ads take; each test gives it its own handle and wording, so tests do not meet.
const scamText = (handle: string, extra = '') =>
  `Срочно нужны операторы чата на дому, без опыта, выплаты каждый день. ${extra} Работа с телефона, 2–3 часа в день, ` +
  `доход от 3 000 рублей в день. Перед стартом проходите короткое обучение и получаете доступ к базе скриптов и ` +
  `личному кабинету оператора. Пишите куратору в Telegram ${handle}, он ответит на вопросы и пришлёт анкету. Места ` +
  `ограничены, набор закрывается в пятницу, успейте занять смену. Код ${tag}.`;

async function company(name: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `board-${randomUUID()}@example.test`, name, role: 'employer' }, select: { id: true } });
  const c = await db.company.create({ data: { slug: `board-${randomUUID().slice(0, 12)}`, name: `${name} ${tag}` }, select: { id: true, name: true, slug: true } });
  await db.membership.create({ data: { companyId: c.id, userId: user.id, role: 'owner' } });
  users.push(user.id);
  companies.push(c.id);
  return { id: user.id, companies: [{ ...c, role: 'owner' }] };
}

async function submitted(actor: Actor, patch: object): Promise<string> {
  const created = await createDraft(actor, actor.companies[0]!.id, { ...VALID_VACANCY, applyMode: 'form', applyUrl: '', ...patch });
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect(await submitVacancy(actor, created.value.id)).toEqual({ ok: true, value: null });
  return created.value.id;
}

async function risk(id: string): Promise<{ score: number; reasons: RiskReason[] }> {
  const v = await db.vacancy.findUniqueOrThrow({ where: { id }, select: { riskScore: true, riskReasons: true } });
  return { score: v.riskScore ?? -1, reasons: riskReasonsSchema.parse(v.riskReasons) };
}
const reason = (reasons: RiskReason[], code: RiskReason['code']) => reasons.find((r) => r.code === code);

async function remove(id: string, why: string) {
  await db.vacancy.update({ where: { id }, data: { status: 'removed', moderationReason: why } });
  await db.moderationEvent.create({ data: { vacancyId: id, action: 'removed', reason: why } });
}

let scammer: Actor;
let reposter: Actor;
let other: Actor;
let honest: Actor;
let admin: AdminActor;

beforeAll(async () => {
  admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true, role: true } });
  [scammer, reposter, other, honest] = await Promise.all([company('Первая'), company('Вторая'), company('Третья'), company('Честная')]);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { action: { startsWith: 'contact.' }, reason: { contains: tag } } });
  await db.blockedContact.deleteMany({ where: { value: { contains: tag.toLowerCase() } } });
  await db.company.deleteMany({ where: { id: { in: companies } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

describe('near-duplicates across companies', () => {
  it('holds a removed scam reposted under a new company name, with a link to the removed ad and its fate', async () => {
    const first = await submitted(scammer, { title: `Оператор чата ${tag}`, description: scamText(`@first_${tag}`) });
    await remove(first, 'Просили оплатить обучение');
    const repost = await submitted(reposter, {
      title: `Оператор чата ${tag}`,
      description: scamText(`@second_${tag}`, 'Компания «Новый рассвет».').replace('короткое', 'быстрое'),
    });
    const { score, reasons } = await risk(repost);
    const dup = reason(reasons, 'nearDuplicate');
    expect(dup?.weight).toBe(80);
    expect(dup?.links?.[0]).toMatchObject({ vacancyId: first, status: 'removed', reason: 'Просили оплатить обучение', companyName: `Первая ${tag}` });
    expect(dup?.links?.[0]?.at).toEqual(expect.any(String));
    expect(dup?.links?.[0]?.similarity).toBeGreaterThan(0.6);
    expect(score).toBeGreaterThanOrEqual(80);
  });

  it('raises the risk less when the other copy is not known to be bad', async () => {
    const text = `Ищем операторов поддержки маркетплейса ${tag}: ответы продавцам о выплатах, карточках товаров и штрафах, график 2/2 по 12 часов, оклад плюс премия за оценки, обучение неделю с наставником.`;
    await submitted(other, { title: `Чат-поддержка ${tag}`, description: text });
    const copy = await submitted(honest, { title: `Чат-поддержка ${tag}`, description: `${text} Пишите нам.` });
    expect(reason((await risk(copy)).reasons, 'nearDuplicate')?.weight).toBe(45);
  });

  it("notes the company's own live copy without raising the risk, and a rejected one with it", async () => {
    const text = `Поддержка клиентов банка в чате ${tag}. Консультируем по картам и переводам, смены по 8 часов, оформление по ТК, оплата дважды в месяц, наставник и обучение за счёт компании в первую неделю работы.`;
    const live = await submitted(honest, { title: `Поддержка банка ${tag}`, description: text });
    const again = await submitted(honest, { title: `Поддержка банка ${tag}`, description: text });
    const own = reason((await risk(again)).reasons, 'ownLiveDuplicate');
    expect(own).toMatchObject({ weight: 0, links: [expect.objectContaining({ vacancyId: live, status: 'pending' })] });
    expect(reason((await risk(again)).reasons, 'nearDuplicate')).toBeUndefined();
    // The employer is told on the vacancy's page; a stranger learns nothing.
    expect((await getDashboardVacancy(honest, again))?.ownCopies).toEqual([{ id: live, title: `Поддержка банка ${tag}`, status: 'pending' }]);
    expect(await getDashboardVacancy(other, again)).toBeNull();

    await db.vacancy.updateMany({ where: { id: { in: [live, again] } }, data: { status: 'rejected' } });
    const third = await submitted(honest, { title: `Поддержка банка ${tag}`, description: text });
    expect(reason((await risk(third)).reasons, 'ownRejectedRepost')?.links?.map((l) => l.vacancyId).sort()).toEqual([live, again].sort());
  });

  it('looks back 180 days and no further', async () => {
    const text = `Старое объявление ${tag}: модератор чатов игрового сервиса, ночные смены, оплата раз в неделю, нужен английский B2 и опыт модерации сообществ от года.`;
    const old = await submitted(scammer, { title: `Модератор ${tag}`, description: text });
    await db.vacancyFingerprint.update({ where: { vacancyId: old }, data: { submittedAt: new Date(Date.now() - 181 * 86_400_000) } });
    const copy = await submitted(other, { title: `Модератор ${tag}`, description: text });
    expect(reason((await risk(copy)).reasons, 'nearDuplicate')).toBeUndefined();
  });

  it('compares the text of an edit of a published ad too', async () => {
    const text = `Исходный текст ${tag}: отвечаем на вопросы о доставке цветов в чате сайта, смены 2/2 по 11 часов, оплата от 48 000 ₽ на руки, обучение три дня.`;
    const id = await submitted(other, { title: `Флорист-консультант ${tag}`, description: text });
    await db.vacancy.update({ where: { id }, data: { status: 'published', publishedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000 * 20) } });
    const removedText = scamText(`@edit_${tag}`);
    const bad = await submitted(scammer, { title: `Оператор ${tag} правки`, description: removedText });
    await remove(bad, 'Мошенничество');
    expect(await updateVacancy(other, id, { ...VALID_VACANCY, applyMode: 'form', applyUrl: '', title: `Оператор ${tag} правки`, description: removedText })).toEqual({ ok: true, value: { revision: true } });
    const revision = await db.vacancyRevision.findUniqueOrThrow({ where: { vacancyId: id } });
    const reasons = riskReasonsSchema.parse(revision.riskReasons);
    expect(reason(reasons, 'nearDuplicate')?.links?.[0]?.vacancyId).toBe(bad);
    expect(reason(reasons, 'contactOfFlaggedAd')?.contact).toEqual({ kind: 'telegram', value: `@edit_${tag}` });
  });
});

describe('reused contacts', () => {
  it("holds a new ad with a removed ad's Telegram handle, however it is written", async () => {
    const handle = `hr_${tag}`;
    const removed = await submitted(scammer, { title: `Менеджер чатов ${tag}`, description: scamText(`@${handle}`, 'Вариант один.') });
    await remove(removed, 'Сбор данных карт');
    const fresh = await submitted(other, {
      title: `Оператор поддержки ${tag}`,
      description: `Совсем другой текст про поддержку клиентов онлайн-кинотеатра ${tag}: вопросы о подписке, возвраты, технические проблемы. Смены по 8 часов. Вопросы — https://t.me/${handle.toUpperCase()}.`,
    });
    const { reasons } = await risk(fresh);
    const flagged = reason(reasons, 'contactOfFlaggedAd');
    expect(flagged).toMatchObject({ weight: 65, contact: { kind: 'telegram', value: `@${handle}` } });
    expect(flagged?.links?.[0]).toMatchObject({ vacancyId: removed, status: 'removed', reason: 'Сбор данных карт' });
    expect(reason(reasons, 'nearDuplicate')).toBeUndefined();
  });

  it("notes another company's phone, but not the company's own", async () => {
    const phone = `+7 (9${tag.replace(/\D/g, '').padEnd(2, '0').slice(0, 2)}) 555-${tag.replace(/\D/g, '').padEnd(4, '1').slice(0, 2)}-${tag.replace(/\D/g, '').padEnd(4, '1').slice(2, 4)}`;
    const own1 = await submitted(honest, { title: `Оператор ${tag} А`, description: `Звоните ${phone}. Поддержка покупателей магазина электроники ${tag}, чат и почта, график 5/2 с 9 до 18, белая зарплата и ДМС после испытательного срока.` });
    const own2 = await submitted(honest, { title: `Стажёр ${tag} Б`, description: `Стажировка в поддержке ${tag}: разбор обращений о доставке, работа в CRM, наставник. Телефон отдела кадров ${phone}, звонить по будням.` });
    expect(reason((await risk(own2)).reasons, 'contactReused')).toBeUndefined();
    const foreign = await submitted(reposter, { title: `Удалённый оператор ${tag} В`, description: `Набираем операторов в отдел продаж ${tag}, гибкий график и бонусы за конверсию. Вопросы по номеру ${phone.replace(/\D/g, '').replace(/^7/, '8')}.` });
    const reused = reason((await risk(foreign)).reasons, 'contactReused');
    expect(reused?.weight).toBe(30);
    expect(reused?.links?.map((l) => l.vacancyId).sort()).toEqual([own1, own2].sort());
  });

  it('holds any ad with a contact an admin blocked, with the reason', async () => {
    const blocked = await db.blockedContact.create({ data: { kind: 'telegram', value: `@blocked_${tag.toLowerCase()}`, reason: `Собирал паспорта ${tag}` } });
    const id = await submitted(other, {
      title: `Чат-менеджер ${tag}`,
      description: `Новое объявление ${tag} без явных признаков обмана: ответы клиентам школы английского, расписание занятий, оплата курсов. Связь: t.me/Blocked_${tag}.`,
    });
    const { score, reasons } = await risk(id);
    expect(score).toBe(100);
    expect(reason(reasons, 'contactBlocked')).toMatchObject({ weight: 100, note: blocked.reason, contact: { kind: 'telegram', value: blocked.value } });
    expect(await db.vacancyContact.findMany({ where: { vacancyId: id }, select: { kind: true, value: true } })).toContainEqual({ kind: 'telegram', value: blocked.value });
  });

  it('refuses to approve an ad while a contact in it is blocked, also one blocked after it came in', async () => {
    const handle = `later_${tag.toLowerCase()}`;
    const id = await submitted(other, {
      title: `Поддержка сервиса доставки ${tag}`,
      description: `Отвечаем курьерам и клиентам сервиса доставки продуктов ${tag} в чате: опоздания, замены, возвраты. График 3/3, обучение два дня. Вопросы — @${handle}.`,
    });
    expect(reason((await risk(id)).reasons, 'contactBlocked')).toBeUndefined();
    const blocked = await blockContact(admin, { kind: 'telegram', value: `https://t.me/${handle.toUpperCase()}`, reason: `Вербовка дропов ${tag}` });
    expect(blocked).toEqual({ ok: true, value: { kind: 'telegram', value: `@${handle}` } });
    expect(await approveVacancy(admin, id, { acknowledged: 'on' })).toEqual({ ok: false, error: 'contactBlocked' });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id } })).status).toBe('pending');

    const listed = (await getBlockedContacts(admin))!.find((b) => b.value === `@${handle}`)!;
    expect(listed).toMatchObject({ kind: 'telegram', reason: `Вербовка дропов ${tag}`, ads: 1, published: 0 });
    expect(await unblockContact(admin, listed.id)).toEqual({ ok: true, value: null });
    expect((await approveVacancy(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: { in: ['contact.block', 'contact.unblock'] }, targetId: listed.id } })).toBe(2);
  });
});

describe('blocking a contact', () => {
  it('brings what the admin typed to the stored form and refuses a second block', async () => {
    const phone = `+7 (999) ${tag.replace(/\D/g, '').padEnd(3, '7').slice(0, 3)}-00-11`;
    const first = await blockContact(admin, { kind: 'phone', value: phone, reason: `Мошенник ${tag}` });
    expect(first.ok).toBe(true);
    const again = await blockContact(admin, { kind: 'phone', value: phone.replace('+7', '8').replaceAll(/[()-]/g, ' '), reason: `Ещё раз ${tag}` });
    expect(again).toEqual({ ok: false, error: 'alreadyBlocked' });
    if (first.ok) await db.blockedContact.deleteMany({ where: { value: first.value.value } });
  });

  it('answers bad input field by field, never throwing', async () => {
    expect(await blockContact(admin, { kind: 'phone', value: 'позвоните мне', reason: 'причина' })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { value: ['blockedContacts.errors.notA.phone'] },
    });
    const bad = await blockContact(admin, { kind: 'fax', value: 'x'.repeat(10_000), reason: '' });
    expect(bad.ok === false && bad.error === 'invalid' && Object.keys(bad.fieldErrors).sort()).toEqual(['kind', 'reason', 'value']);
    expect((await blockContact(admin, null)).ok).toBe(false);
    expect((await blockContact(admin, { kind: ['telegram'], value: { a: 1 }, reason: 5 })).ok).toBe(false);
    expect(await blockContact(admin, { kind: 'telegram', value: '@nul\u0000name', reason: 'причина ок' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await unblockContact(admin, 'not-a-uuid')).toEqual({ ok: false, error: 'notFound' });
  });

  it('is for admins only', async () => {
    const employer = { id: scammer.id, role: 'employer' as const };
    expect(await blockContact(employer, { kind: 'telegram', value: '@someone_else', reason: 'хочу' })).toEqual({ ok: false, error: 'notFound' });
    expect(await blockContact(null, { kind: 'telegram', value: '@someone_else', reason: 'хочу' })).toEqual({ ok: false, error: 'notFound' });
    expect(await getBlockedContacts(employer)).toBeNull();
    expect(await db.blockedContact.count({ where: { value: '@someone_else' } })).toBe(0);
  });

  it('refuses to renew an expired ad that carries a blocked contact, telling only its company', async () => {
    const handle = `renew_${tag.toLowerCase()}`;
    const id = await submitted(other, {
      title: `Оператор продления ${tag}`,
      description: `Поддержка подписчиков онлайн-кинотеатра ${tag}: продление, возвраты, вход в аккаунт. Смены 2/2, обучение три дня, связь @${handle}.`,
    });
    await db.vacancy.update({ where: { id }, data: { status: 'expired', publishedAt: new Date(Date.now() - 40 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) } });
    expect((await blockContact(admin, { kind: 'telegram', value: `@${handle}`, reason: `Мошенник ${tag}` })).ok).toBe(true);
    expect(await renewVacancy(other, id)).toEqual({ ok: false, error: 'contactBlocked' });
    expect(await renewVacancy(honest, id)).toEqual({ ok: false, error: 'notFound' });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id } })).status).toBe('expired');
  });

  it('records the published text again when an edit of it is rejected', async () => {
    const live = `Живой текст ${tag}: консультации покупателей мебели в чате, замеры и доставка, смены 5/2, связь @live_${tag.toLowerCase()}.`;
    const id = await submitted(honest, { title: `Консультант мебели ${tag}`, description: live });
    expect((await approveVacancy(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    const edit = `Правка ${tag}: пишите только в личку @edit_${tag.toLowerCase()}, оплата обучения при старте, доход от 5 000 в день.`;
    expect(await updateVacancy(honest, id, { ...VALID_VACANCY, applyMode: 'form', applyUrl: '', title: `Консультант мебели ${tag}`, description: edit })).toEqual({ ok: true, value: { revision: true } });
    const contacts = () => db.vacancyContact.findMany({ where: { vacancyId: id }, select: { value: true } }).then((rows) => rows.map((r) => r.value));
    expect(await contacts()).toEqual([`@edit_${tag.toLowerCase()}`]);
    expect((await rejectRevision(admin, id, { preset: 'upfrontPayment' })).ok).toBe(true);
    expect(await contacts()).toEqual([`@live_${tag.toLowerCase()}`]);
  });

  it('treats a contact more than ten companies carry as public, not as anybody\'s account', async () => {
    const site = `https://forms-${tag.toLowerCase()}.example/apply`;
    const many = await Promise.all(Array.from({ length: 11 }, (_, i) => company(`Площадка ${i}`)));
    for (const [i, c] of many.entries()) {
      await submitted(c, { title: `Вакансия ${i} ${tag}`, description: `Своё описание номер ${i} ${tag} ${'слово'.repeat(i + 1)}: чат-поддержка, смены, обучение, анкета на ${site} для всех кандидатов.` });
    }
    const next = await submitted(honest, { title: `Ещё одна ${tag}`, description: `Совсем отдельный текст ${tag} про поддержку клиентов автосалона в чате, анкета на ${site}, смены 2/2.` });
    expect(reason((await risk(next)).reasons, 'contactReused')).toBeUndefined();
  });
});
