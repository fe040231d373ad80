import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { countNewApplications, getWorkspaceOverview, type FirstRunStep } from '@/lib/companies/overview-queries';
import { createPrismaClient } from '@/lib/db-client';
import { actorFor } from '@/tests/support/actors';

// The workspace overview's reads: the first-run steps follow the company's real state step by step, the
// established view lists what needs attention and the newest applications, and nothing reads another company.

const db = createPrismaClient(inject('databaseUrl'), 2);
const DAY = 86_400_000;
const TAG = `wso-${randomUUID().slice(0, 8)}`;
let owner: CurrentUser;
let stranger: CurrentUser;
let companyId: string;

const stepOf = <K extends FirstRunStep['key']>(steps: FirstRunStep[], key: K) => steps.find((s) => s.key === key) as Extract<FirstRunStep, { key: K }>;

async function vacancy(title: string, data: Record<string, unknown> = {}) {
  const v = await db.vacancy.create({
    data: {
      slug: `${TAG}-${randomUUID().slice(0, 6)}`, companyId, title: `${title} ${TAG}`, description: 'Отвечать покупателям в чате.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', contractTypes: ['employment'], ...data,
    },
    select: { id: true },
  });
  return v.id;
}

async function overview() {
  const result = await getWorkspaceOverview(owner, companyId);
  if (!result) throw new Error('no overview for the owner');
  return result;
}

beforeAll(async () => {
  const user = await db.user.create({
    data: {
      email: `${TAG}@example.test`, name: 'Новый Работодатель', passwordHash: 'x', emailVerified: new Date(),
      memberships: { create: { role: 'owner', company: { create: { name: `Новая компания ${TAG}`, slug: TAG } } } },
    },
    select: { email: true, memberships: { select: { companyId: true } } },
  });
  companyId = user.memberships[0]!.companyId;
  owner = await actorFor(db, user.email);
  stranger = await actorFor(db, 'employer2@chatshift.example');
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: TAG } });
  await db.user.deleteMany({ where: { email: `${TAG}@example.test` } });
  await db.$disconnect();
});

describe('the workspace overview', () => {
  it('walks a new company through the steps to its first published vacancy, from the data', async () => {
    let result = await overview();
    expect(result.kind).toBe('firstRun');
    if (result.kind !== 'firstRun') return;
    expect(result.steps.map((s) => [s.key, s.done])).toEqual([['profile', false], ['draft', false], ['submit', false], ['approval', false]]);

    await db.company.update({ where: { id: companyId }, data: { description: 'Мы отвечаем покупателям маркетплейса.' } });
    const draftId = await vacancy('Оператор чата');
    result = await overview();
    if (result.kind !== 'firstRun') throw new Error('still the first run');
    expect(result.steps.map((s) => s.done)).toEqual([true, true, false, false]);
    expect(stepOf(result.steps, 'draft').vacancyId).toBe(draftId);
    expect(stepOf(result.steps, 'submit').vacancyId).toBe(draftId);

    await db.vacancy.update({ where: { id: draftId }, data: { status: 'pending' } });
    result = await overview();
    if (result.kind !== 'firstRun') throw new Error('still the first run');
    expect(result.steps.map((s) => s.done)).toEqual([true, true, true, false]);
    expect(stepOf(result.steps, 'approval')).toMatchObject({ state: 'inReview', vacancyId: draftId, reason: null });

    await db.vacancy.update({ where: { id: draftId }, data: { status: 'rejected', moderationReason: 'Укажите график.' } });
    result = await overview();
    if (result.kind !== 'firstRun') throw new Error('still the first run');
    expect(stepOf(result.steps, 'submit').done).toBe(true);
    expect(stepOf(result.steps, 'approval')).toMatchObject({ done: false, state: 'rejected', reason: 'Укажите график.' });
  });

  it('once a vacancy has been published, lists what needs attention and the newest applications', async () => {
    const now = new Date();
    const published = await vacancy('Опубликованная', { status: 'published', publishedAt: new Date(now.getTime() - 27 * DAY), expiresAt: new Date(now.getTime() + 3 * DAY) });
    await vacancy('Надолго', { status: 'published', publishedAt: now, expiresAt: new Date(now.getTime() + 30 * DAY) });
    const draft = await vacancy('Черновик');
    for (const [i, status] of (['new', 'viewed', 'new'] as const).entries()) {
      await db.application.create({
        data: {
          vacancyId: published, name: `Кандидат ${i}`, email: `${TAG}-${i}@example.test`, consentAt: now, consentVersion: 'test', status,
          createdAt: new Date(now.getTime() - (3 - i) * 60_000),
        },
      });
    }

    const result = await overview();
    expect(result.kind).toBe('established');
    if (result.kind !== 'established') return;
    expect(result.attention.expiring.map((v) => v.id)).toEqual([published]);
    expect(result.attention.drafts.map((v) => v.id)).toContain(draft);
    expect(result.attention.rejected.map((v) => v.reason)).toEqual(['Укажите график.']);
    expect(result.attentionTotal).toBe(3);
    expect(result.recentApplications.map((a) => a.name)).toEqual(['Кандидат 2', 'Кандидат 1', 'Кандидат 0']);
    expect(result.newApplications).toBe(2);
    expect(await countNewApplications(owner, companyId)).toBe(2);
  });

  it('reads nothing of a company the actor is not a member of', async () => {
    expect(await getWorkspaceOverview(stranger, companyId)).toBeNull();
    expect(await countNewApplications(stranger, companyId)).toBe(0);
    // Claiming the membership in the actor object is not enough: the database must agree.
    const forged = { ...stranger, companies: [...stranger.companies, { id: companyId, name: 'x', slug: 'x', role: 'owner' as const }] };
    expect(await getWorkspaceOverview(forged, companyId)).toBeNull();
    expect(await countNewApplications(forged, companyId)).toBe(0);
    expect(await getWorkspaceOverview(owner, 'not-a-uuid')).toBeNull();
  });
});
