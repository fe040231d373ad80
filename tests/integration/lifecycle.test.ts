import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import {
  closeVacancy,
  createDraft,
  deleteDraft,
  duplicateVacancy,
  renewVacancy,
  submitVacancy,
  updateVacancy,
  type Actor,
} from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { actorFor } from '@/tests/support/actors';

const db = createPrismaClient(inject('databaseUrl'), 2);
const DAY = 86_400_000;
let owner: Actor;
let stranger: Actor;
let companyId: string;
const made: string[] = [];

async function draft(patch: object = {}) {
  const result = await createDraft(owner, companyId, { ...VALID_VACANCY, ...patch });
  if (!result.ok) throw new Error(JSON.stringify(result));
  made.push(result.value.id);
  return result.value.id;
}

/** Puts a vacancy straight into a status, as moderation would (that part belongs to the admin issue). */
async function force(id: string, status: 'published' | 'rejected' | 'pending' | 'closed' | 'expired' | 'removed', expiresInDays = 20) {
  const now = Date.now();
  await db.vacancy.update({
    where: { id },
    data: { status, publishedAt: new Date(now - DAY), expiresAt: new Date(now + expiresInDays * DAY) },
  });
}

const statusOf = async (id: string) => (await db.vacancy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  owner = await actorFor(db, DEMO_ACCOUNTS[1].email);
  stranger = await actorFor(db, DEMO_ACCOUNTS[2].email);
  companyId = owner.companies[0]!.id;
});

afterAll(async () => {
  await db.vacancy.deleteMany({ where: { id: { in: made } } });
  await db.$disconnect();
});

describe('creating and editing', () => {
  it('saves a draft with every field, normalized salary and UTC slot minutes', async () => {
    const id = await draft();
    const v = await db.vacancy.findUniqueOrThrow({ where: { id }, include: { shiftSlots: true, languages: true } });
    expect(v).toMatchObject({ status: 'draft', salaryMinRub: 45000, salaryMaxRub: 60000, salaryGross: false, nightShifts: true, applyMode: 'url' });
    expect(v.shiftSlots).toEqual([expect.objectContaining({ startMinute: 21 * 60, endMinute: 9 * 60, utcStartMinute: 18 * 60, utcEndMinute: 6 * 60 })]);
    expect(v.languages.map((l) => l.language).sort()).toEqual(['en', 'ru']);
    expect(v.languageCodes).toEqual(['en', 'ru']);
  });

  it('refuses invalid input with field errors and keeps nothing', async () => {
    const before = await db.vacancy.count({ where: { companyId } });
    const result = await createDraft(owner, companyId, { ...VALID_VACANCY, title: 'x', salaryFrom: 'abc' });
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { title: ['vacancyForm.errors.titleTooShort'], salaryFrom: ['vacancyForm.errors.number'] } });
    expect(await db.vacancy.count({ where: { companyId } })).toBe(before);
  });

  it('edits a draft in place, replacing slots and languages', async () => {
    const id = await draft();
    const result = await updateVacancy(owner, id, { ...VALID_VACANCY, title: 'Оператор чата, дневные смены', shiftSlots: [{ start: '09:00', end: '18:00', timeZone: 'Asia/Almaty' }], languages: [{ language: 'kk', level: 'B2' }] });
    expect(result).toEqual({ ok: true, value: { revision: false } });
    const v = await db.vacancy.findUniqueOrThrow({ where: { id }, include: { shiftSlots: true } });
    expect(v.title).toBe('Оператор чата, дневные смены');
    expect(v.languageCodes).toEqual(['kk']);
    expect(v.shiftSlots).toHaveLength(1);
  });

  it('keeps the published text public while an edit waits as a revision', async () => {
    const id = await draft();
    await force(id, 'published');
    const result = await updateVacancy(owner, id, { ...VALID_VACANCY, title: 'Новый заголовок на проверке' });
    expect(result).toEqual({ ok: true, value: { revision: true } });
    const v = await db.vacancy.findUniqueOrThrow({ where: { id }, include: { revision: true } });
    expect(v.status).toBe('published');
    expect(v.title).toBe(VALID_VACANCY.title);
    expect((v.revision?.data as { title: string }).title).toBe('Новый заголовок на проверке');
  });
});

describe('transitions', () => {
  it('submits a draft and a rejected vacancy, but not one already pending or published', async () => {
    const id = await draft();
    expect(await submitVacancy(owner, id)).toEqual({ ok: true, value: null });
    expect(await statusOf(id)).toBe('pending');
    expect(await submitVacancy(owner, id)).toEqual({ ok: false, error: 'notSubmittable' });
    await force(id, 'rejected');
    expect((await submitVacancy(owner, id)).ok).toBe(true);
    await force(id, 'published');
    expect(await submitVacancy(owner, id)).toEqual({ ok: false, error: 'notSubmittable' });
  });

  it('closes only a published vacancy', async () => {
    const id = await draft();
    expect(await closeVacancy(owner, id)).toEqual({ ok: false, error: 'notPublished' });
    await force(id, 'published');
    expect((await closeVacancy(owner, id)).ok).toBe(true);
    expect(await statusOf(id)).toBe('closed');
    expect(await closeVacancy(owner, id)).toEqual({ ok: false, error: 'notPublished' });
  });

  it('renews within 7 days of expiry and after it, not earlier', async () => {
    const id = await draft();
    await force(id, 'published', 10);
    expect(await renewVacancy(owner, id)).toEqual({ ok: false, error: 'tooEarlyToRenew' });
    await force(id, 'published', 6);
    const before = (await db.vacancy.findUniqueOrThrow({ where: { id } })).expiresAt!;
    expect((await renewVacancy(owner, id)).ok).toBe(true);
    const after = (await db.vacancy.findUniqueOrThrow({ where: { id } })).expiresAt!;
    expect(after.getTime() - before.getTime()).toBe(30 * DAY);
    await force(id, 'expired', -5);
    expect((await renewVacancy(owner, id)).ok).toBe(true);
    expect(await statusOf(id)).toBe('published');
  });

  it('duplicates any vacancy into a new draft and deletes only drafts', async () => {
    const id = await draft();
    await force(id, 'closed');
    const copy = await duplicateVacancy(owner, id);
    expect(copy.ok).toBe(true);
    const copyId = copy.ok ? copy.value.id : '';
    made.push(copyId);
    const v = await db.vacancy.findUniqueOrThrow({ where: { id: copyId }, include: { shiftSlots: true, languages: true } });
    expect(v).toMatchObject({ status: 'draft', publishedAt: null, title: VALID_VACANCY.title });
    expect(v.shiftSlots).toHaveLength(1);
    expect(await deleteDraft(owner, id)).toEqual({ ok: false, error: 'onlyDraftsDeleted' });
    expect((await deleteDraft(owner, copyId)).ok).toBe(true);
    expect(await db.vacancy.findUnique({ where: { id: copyId } })).toBeNull();
  });
});

describe('another company cannot touch your vacancy', () => {
  it('gets "not found" for every operation, and nothing changes', async () => {
    const id = await draft();
    const input = { ...VALID_VACANCY, title: 'Чужая правка заголовка' };
    expect(await updateVacancy(stranger, id, input)).toEqual({ ok: false, error: 'notFound' });
    expect(await submitVacancy(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await duplicateVacancy(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await deleteDraft(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    await force(id, 'published', 3);
    expect(await closeVacancy(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await renewVacancy(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await updateVacancy(stranger, id, input)).toEqual({ ok: false, error: 'notFound' });
    const v = await db.vacancy.findUniqueOrThrow({ where: { id }, include: { revision: true } });
    expect(v).toMatchObject({ status: 'published', title: VALID_VACANCY.title, revision: null });
  });

  it('cannot create a draft in a company it does not belong to', async () => {
    expect(await createDraft(stranger, companyId, VALID_VACANCY)).toEqual({ ok: false, error: 'notFound' });
  });

  it('answers guessed and malformed ids the same way', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', "' OR 1=1 --", '']) {
      expect(await closeVacancy(owner, id)).toEqual({ ok: false, error: 'notFound' });
      expect(await updateVacancy(owner, id, VALID_VACANCY)).toEqual({ ok: false, error: 'notFound' });
    }
  });

  it('an actor with no company can do nothing', async () => {
    const nobody: Actor = { id: randomUUID(), companies: [] };
    const id = await draft();
    expect(await submitVacancy(nobody, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await createDraft(nobody, companyId, VALID_VACANCY)).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('a blocked company', () => {
  it('cannot submit, renew or put an edit of a published vacancy up for review, but still closes', async () => {
    const company = await db.company.create({ data: { slug: `blocked-${randomUUID().slice(0, 8)}`, name: 'Blocked Co', blockedAt: new Date() }, select: { id: true, name: true, slug: true } });
    const member: Actor = { id: owner.id, companies: [{ ...company, role: 'owner' }] };
    try {
      const created = await createDraft(member, company.id, VALID_VACANCY);
      if (!created.ok) throw new Error(JSON.stringify(created));
      const id = created.value.id;
      expect(await submitVacancy(member, id)).toEqual({ ok: false, error: 'companyBlocked' });
      await force(id, 'published', 3);
      expect(await renewVacancy(member, id)).toEqual({ ok: false, error: 'companyBlocked' });
      expect(await updateVacancy(member, id, VALID_VACANCY)).toEqual({ ok: false, error: 'companyBlocked' });
      expect((await closeVacancy(member, id)).ok).toBe(true);
    } finally {
      await db.company.delete({ where: { id: company.id } });
    }
  });
});

describe('scam-risk scoring on submission', () => {
  it('stores the score and reasons with the vacancy and with a revision', async () => {
    const honest = await draft();
    expect((await submitVacancy(owner, honest)).ok).toBe(true);
    const stored = await db.vacancy.findUniqueOrThrow({ where: { id: honest }, select: { riskScore: true, riskReasons: true } });
    expect(stored.riskScore).toBeLessThan(40);

    const scam = await draft({
      description: 'Работа в чате без опыта, доход от 200 000 рублей в неделю. Для начала нужно оплатить обучение 3 000 рублей и прислать фото паспорта и данные карты. Пишите только в телеграм.',
    });
    expect((await submitVacancy(owner, scam)).ok).toBe(true);
    const flagged = await db.vacancy.findUniqueOrThrow({ where: { id: scam }, select: { riskScore: true, riskReasons: true } });
    expect(flagged.riskScore).toBeGreaterThanOrEqual(40);
    const codes = (flagged.riskReasons as { code: string; phrases: string[] }[]).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['upfrontPayment', 'personalData']));
    expect(await db.moderationEvent.findFirst({ where: { vacancyId: scam, action: 'submitted' }, select: { riskScore: true } })).toEqual({ riskScore: flagged.riskScore });

    await force(honest, 'published');
    expect((await updateVacancy(owner, honest, { ...VALID_VACANCY, description: `${VALID_VACANCY.description} Перед стартом внесите депозит 5 000 рублей.` })).ok).toBe(true);
    const revision = await db.vacancyRevision.findUniqueOrThrow({ where: { vacancyId: honest }, select: { riskScore: true } });
    expect(revision.riskScore).toBeGreaterThan(stored.riskScore!);
  });
});
