import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { VacancyStatus } from '@/lib/generated/prisma/client';
import { changeSaved } from '@/lib/saved/change.server';
import { SAVED_LIMIT } from '@/lib/saved/cookie';
import { getSavedVacancies, isSaveableVacancy } from '@/lib/saved/queries';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const DAY = 86_400_000;
const now = new Date();
let companyId = '';
let blockedCompanyId = '';

async function vacancy(name: string, patch: { status?: VacancyStatus; expiresAt?: Date | null; publishedAt?: Date | null; closedAt?: Date; companyId?: string } = {}) {
  const row = await db.vacancy.create({
    data: {
      slug: `saved-${tag}-${name}`, companyId: patch.companyId ?? companyId, title: `Сохранённая ${name} ${tag}`, description: 'Отвечать покупателям в чате.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', status: patch.status ?? 'published',
      publishedAt: patch.publishedAt === undefined ? new Date(now.getTime() - 5 * DAY) : patch.publishedAt,
      expiresAt: patch.expiresAt === undefined ? new Date(now.getTime() + 20 * DAY) : patch.expiresAt,
      closedAt: patch.closedAt,
    },
    select: { id: true, slug: true, title: true },
  });
  return row;
}

let v: Record<string, { id: string; slug: string; title: string }> = {};

beforeAll(async () => {
  companyId = (await db.company.create({ data: { name: `Сохранялка ${tag}`, slug: `saved-co-${tag}` }, select: { id: true } })).id;
  blockedCompanyId = (
    await db.company.create({ data: { name: `Заблокированная ${tag}`, slug: `saved-blocked-${tag}`, blockedAt: now, blockedReason: 'test' }, select: { id: true } })
  ).id;
  const closedAt = new Date(now.getTime() - 2 * DAY);
  v = {
    open1: await vacancy('open1'),
    open2: await vacancy('open2'),
    closed: await vacancy('closed', { status: 'closed', closedAt }),
    expired: await vacancy('expired', { status: 'expired', expiresAt: new Date(now.getTime() - DAY) }),
    lapsed: await vacancy('lapsed', { expiresAt: new Date(now.getTime() - 3 * DAY) }),
    removed: await vacancy('removed', { status: 'removed' }),
    blocked: await vacancy('blocked', { companyId: blockedCompanyId }),
    draft: await vacancy('draft', { status: 'draft', publishedAt: null, expiresAt: null }),
    pending: await vacancy('pending', { status: 'pending', publishedAt: null, expiresAt: null }),
    rejected: await vacancy('rejected', { status: 'rejected', publishedAt: null, expiresAt: null }),
  };
});

afterAll(async () => {
  await db.vacancy.deleteMany({ where: { slug: { startsWith: `saved-${tag}-` } } });
  await db.company.deleteMany({ where: { id: { in: [companyId, blockedCompanyId] } } });
  await db.$disconnect();
});

describe('getSavedVacancies', () => {
  it('shows open ones as cards in the saved order and ended ones with what happened', async () => {
    const missing = randomUUID();
    const ids = [v.closed!.id, v.open2!.id, missing, v.removed!.id, v.open1!.id, v.lapsed!.id, v.expired!.id, v.blocked!.id];
    const { open, ended } = await getSavedVacancies(ids, now);

    expect(open.map((card) => card.id)).toEqual([v.open2!.id, v.open1!.id]);
    expect(open[0]).toMatchObject({ slug: v.open2!.slug, title: v.open2!.title, companyName: `Сохранялка ${tag}`, companySlug: `saved-co-${tag}` });

    expect(ended.map((e) => [e.id, e.reason, e.hasPage])).toEqual([
      [v.closed!.id, 'closed', true],
      [v.removed!.id, 'removed', false],
      [v.lapsed!.id, 'expired', true],
      [v.expired!.id, 'expired', true],
      [v.blocked!.id, 'companyBlocked', false],
    ]);
    const closed = ended[0]!;
    expect(closed).toMatchObject({ slug: v.closed!.slug, title: v.closed!.title, companyName: `Сохранялка ${tag}` });
    expect(closed.endedAt?.getTime()).toBe(now.getTime() - 2 * DAY);
    expect(ended.find((e) => e.reason === 'removed')?.endedAt).toBeNull();
  });

  it('drops ids that no longer exist and never shows a vacancy that was never public', async () => {
    const ids = [randomUUID(), v.draft!.id, v.pending!.id, v.rejected!.id, randomUUID()];
    expect(await getSavedVacancies(ids, now)).toEqual({ open: [], ended: [] });
  });

  it('ignores ids that are not UUIDs and repeats', async () => {
    const { open, ended } = await getSavedVacancies(['nope', `${v.open1!.id}'--`, v.open1!.id.toUpperCase(), v.open1!.id, '\u0000', 'x'.repeat(10_000)], now);
    expect(open.map((card) => card.id)).toEqual([v.open1!.id]);
    expect(ended).toEqual([]);
  });

  it('answers an empty list without asking the database', async () => {
    expect(await getSavedVacancies([], now)).toEqual({ open: [], ended: [] });
  });

  it('handles a full list of 100', async () => {
    const ids = [v.open1!.id, ...Array.from({ length: SAVED_LIMIT - 1 }, () => randomUUID())];
    const { open } = await getSavedVacancies(ids, now);
    expect(open.map((card) => card.id)).toEqual([v.open1!.id]);
  });
});

describe('isSaveableVacancy', () => {
  it('accepts what a visitor can see and nothing else', async () => {
    for (const name of ['open1', 'closed', 'expired', 'lapsed']) expect(await isSaveableVacancy(v[name]!.id), name).toBe(true);
    for (const name of ['removed', 'blocked', 'draft', 'pending', 'rejected']) expect(await isSaveableVacancy(v[name]!.id), name).toBe(false);
    expect(await isSaveableVacancy(randomUUID())).toBe(false);
    expect(await isSaveableVacancy('not-a-uuid')).toBe(false);
  });
});

describe('changeSaved', () => {
  it('saves to the front and unsaves', async () => {
    const saved = await changeSaved([v.open2!.id], { id: v.open1!.id, saved: '1' });
    expect(saved).toEqual({ ok: true, saved: true, ids: [v.open1!.id, v.open2!.id] });
    expect(await changeSaved([v.open1!.id, v.open2!.id], { id: v.open1!.id.toUpperCase(), saved: '0' })).toEqual({ ok: true, saved: false, ids: [v.open2!.id] });
  });

  it('is idempotent: saving twice keeps one copy, unsaving a missing id changes nothing', async () => {
    expect(await changeSaved([v.open1!.id], { id: v.open1!.id, saved: '1' })).toEqual({ ok: true, saved: true, ids: [v.open1!.id] });
    expect(await changeSaved([v.open1!.id], { id: v.open2!.id, saved: '0' })).toEqual({ ok: true, saved: false, ids: [v.open1!.id] });
  });

  it('refuses to save what a visitor cannot see, but lets it be unsaved', async () => {
    for (const id of [v.draft!.id, v.removed!.id, v.blocked!.id, randomUUID()]) {
      expect(await changeSaved([], { id, saved: '1' })).toEqual({ ok: false, error: 'unavailable' });
    }
    expect(await changeSaved([v.removed!.id, v.open1!.id], { id: v.removed!.id, saved: '0' })).toEqual({ ok: true, saved: false, ids: [v.open1!.id] });
  });

  it.each([
    ['no fields', {}],
    ['a missing state', { id: 'x' }],
    ['a broken id', { id: 'not-a-uuid', saved: '1' }],
    ['an id with a NUL byte', { id: `${randomUUID()}\u0000`, saved: '1' }],
    ['a 10 kB id', { id: 'a'.repeat(10_000), saved: '1' }],
    ['an id that is a number', { id: 42, saved: '1' }],
    ['an id that is a list', { id: [randomUUID()], saved: '1' }],
    ['a state other than 0 or 1', { id: randomUUID(), saved: 'toggle' }],
    ['a state that is a boolean', { id: randomUUID(), saved: true }],
    ['no input at all', null],
  ])('refuses %s', async (_name, input) => {
    expect(await changeSaved([v.open1!.id], input)).toEqual({ ok: false, error: 'invalid' });
  });
});
