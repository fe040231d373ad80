import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { expireVacancies } from '@/lib/jobs/vacancy-jobs.server';
import { removeVacancy } from '@/lib/moderation/report.server';
import { approveRevision, approveVacancy, rejectVacancy } from '@/lib/moderation/review.server';
import { closeVacancy, createDraft, deleteDraft, renewVacancy, submitVacancy, updateVacancy } from '@/lib/vacancies/lifecycle.server';
import { actorFor, createEmployer, deleteEmployer } from '@/tests/support/actors';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';

// Every pair of operations that can meet on one vacancy, run at once on a fresh vacancy ROUNDS times.
// Each end state must be one that some serial order of the two would give (docs/architecture.md).

const db = createPrismaClient(inject('databaseUrl'), 2);
const ROUNDS = 50;
const DAY = 86_400_000;
const tag = `races-${randomUUID().slice(0, 8)}`;
const DONE = { ok: true, value: null };
const REASON = 'Просят оплатить обучение до начала работы.';
const SCAM =
  'Работа в чате без опыта, доход от 200 000 рублей в неделю. Для начала нужно оплатить обучение 3 000 рублей и прислать фото паспорта и данные карты. Пишите только в телеграм.';
const ORIGINAL = 'Оператор чата, исходный текст';
const FIRST = 'Оператор чата, первая правка';
const SECOND = 'Оператор чата, вторая правка';
let owner: Awaited<ReturnType<typeof actorFor>>;
let admin: Awaited<ReturnType<typeof actorFor>>;
const made: string[] = [];

function must<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
}

async function draft(patch: object = {}) {
  const created = must(await createDraft(owner, owner.companies[0]!.id, { ...VALID_VACANCY, title: ORIGINAL, ...patch }));
  made.push(created.value.id);
  return created.value.id;
}

async function pending() {
  const id = await draft();
  must(await submitVacancy(owner, id));
  return id;
}

/** Approved `daysAgo` days ago, so it expires 30 days after that (27: renewable; 31: past expiry). */
async function published(daysAgo = 0) {
  const id = await pending();
  must(await approveVacancy(admin, id, { acknowledged: true, now: new Date(Date.now() - daysAgo * DAY) }));
  return id;
}

/** Published, with the edit FIRST waiting for review; `seen` is the revision version the admin's page shows. */
async function withRevision() {
  const id = await published();
  must(await updateVacancy(owner, id, { ...VALID_VACANCY, title: FIRST }));
  const { submittedAt } = await db.vacancyRevision.findUniqueOrThrow({ where: { vacancyId: id }, select: { submittedAt: true } });
  return { id, seen: submittedAt.toISOString() };
}

/** Pending, with the version the admin's review page shows. */
async function inReview() {
  const id = await pending();
  const { updatedAt } = await db.vacancy.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
  return { id, seen: updatedAt.toISOString() };
}

const state = (id: string) =>
  db.vacancy.findUnique({
    where: { id },
    select: { status: true, title: true, description: true, expiresAt: true, riskScore: true, moderationReason: true, revision: { select: { data: true } } },
  });
const revisionTitle = (v: Awaited<ReturnType<typeof state>>) => (v?.revision?.data as { title?: string } | undefined)?.title;
const events = (vacancyId: string, action: 'submitted' | 'expired') => db.moderationEvent.count({ where: { vacancyId, action } });

/** A fresh vacancy from `setup` each round; both operations start together in `race`, which checks the end. */
async function rounds<S>(setup: () => Promise<S>, race: (s: S) => Promise<void>) {
  for (let i = 0; i < ROUNDS; i++) await race(await setup());
}

beforeAll(async () => {
  owner = await createEmployer(db, tag);
  admin = await actorFor(db, DEMO_ACCOUNTS[0].email);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { targetId: { in: made } } });
  await deleteEmployer(db, tag);
  await db.$disconnect();
});

describe('an admin removal racing the employer', () => {
  it('renew: a removed vacancy is never published again', async () => {
    await rounds(() => published(27), async (id) => {
      const [renewed, removed] = await Promise.all([renewVacancy(owner, id), removeVacancy(admin, id, REASON)]);
      expect(removed).toEqual(DONE);
      expect([DONE, { ok: false, error: 'notRenewable' }]).toContainEqual(renewed);
      expect(await state(id)).toMatchObject({ status: 'removed', moderationReason: REASON });
    });
  });

  it('edit of the published text: no revision is left waiting on a removed vacancy', async () => {
    await rounds(() => published(), async (id) => {
      const [edited, removed] = await Promise.all([updateVacancy(owner, id, { ...VALID_VACANCY, title: FIRST }), removeVacancy(admin, id, REASON)]);
      expect(removed).toEqual(DONE);
      expect([{ ok: true, value: { revision: true } }, { ok: false, error: 'notEditable' }]).toContainEqual(edited);
      expect(await state(id)).toMatchObject({ status: 'removed', title: ORIGINAL, revision: null });
    });
  });
});

describe('an approval racing the employer', () => {
  it('edit of a vacancy in review: only the text the admin saw goes live, and the edit is kept', async () => {
    await rounds(inReview, async ({ id, seen }) => {
      const [edited, approved] = await Promise.all([updateVacancy(owner, id, { ...VALID_VACANCY, title: FIRST }), approveVacancy(admin, id, { acknowledged: true, seen })]);
      const v = await state(id);
      if (approved.ok) {
        expect(edited).toEqual({ ok: true, value: { revision: true } });
        expect(v).toMatchObject({ status: 'published', title: ORIGINAL });
        expect(revisionTitle(v)).toBe(FIRST);
      } else {
        expect(approved).toEqual({ ok: false, error: 'changed' });
        expect(edited).toEqual({ ok: true, value: { revision: false } });
        expect(v).toMatchObject({ status: 'pending', title: FIRST, revision: null });
      }
    });
  });

  it('a second edit while the first is approved: the live text was approved, the newer edit still waits', async () => {
    await rounds(withRevision, async ({ id, seen }) => {
      const [edited, approved] = await Promise.all([updateVacancy(owner, id, { ...VALID_VACANCY, title: SECOND }), approveRevision(admin, id, { acknowledged: true, seen })]);
      expect(edited).toEqual({ ok: true, value: { revision: true } });
      expect([DONE, { ok: false, error: 'changed' }]).toContainEqual(approved);
      const v = await state(id);
      expect(v).toMatchObject({ status: 'published', title: approved.ok ? FIRST : ORIGINAL });
      expect(revisionTitle(v)).toBe(SECOND);
    });
  });

  it('close while an edit is approved: closed, with nothing left to review', async () => {
    await rounds(withRevision, async ({ id, seen }) => {
      const [closed, approved] = await Promise.all([closeVacancy(owner, id), approveRevision(admin, id, { acknowledged: true, seen })]);
      expect(closed).toEqual(DONE);
      expect([DONE, { ok: false, error: 'alreadyDecided' }]).toContainEqual(approved);
      expect(await state(id)).toMatchObject({ status: 'closed', title: approved.ok ? FIRST : ORIGINAL, revision: null });
    });
  });
});

describe('a rejection racing a submission', () => {
  it('a resubmission is either refused or waits for review; it is never lost', async () => {
    await rounds(inReview, async ({ id, seen }) => {
      const [rejected, submitted] = await Promise.all([
        rejectVacancy(admin, id, { preset: 'other', note: REASON }, { seen }),
        submitVacancy(owner, id),
      ]);
      expect(rejected).toEqual(DONE);
      const v = await state(id);
      if (submitted.ok) {
        expect(v).toMatchObject({ status: 'pending', moderationReason: null });
        expect(await events(id, 'submitted')).toBe(2);
      } else {
        expect(submitted).toEqual({ ok: false, error: 'notSubmittable' });
        expect(v).toMatchObject({ status: 'rejected', moderationReason: REASON });
      }
    });
  });
});

describe('the employer racing themselves (two tabs, a double click)', () => {
  it('submit twice: one submission, one event', async () => {
    await rounds(() => draft(), async (id) => {
      const outcomes = await Promise.all([submitVacancy(owner, id), submitVacancy(owner, id)]);
      expect(outcomes).toContainEqual(DONE);
      expect(outcomes).toContainEqual({ ok: false, error: 'notSubmittable' });
      expect(await events(id, 'submitted')).toBe(1);
    });
  });

  it('edit while submitting: the risk score in the queue is of the text under review', async () => {
    await rounds(() => draft(), async (id) => {
      const [edited, submitted] = await Promise.all([updateVacancy(owner, id, { ...VALID_VACANCY, description: SCAM }), submitVacancy(owner, id)]);
      expect(edited.ok && submitted.ok).toBe(true);
      const v = await state(id);
      expect(v).toMatchObject({ status: 'pending', description: SCAM });
      expect(v!.riskScore).toBeGreaterThanOrEqual(40);
    });
  });

  it('delete while submitting: one of them wins, without an error', async () => {
    await rounds(() => draft(), async (id) => {
      const [deleted, submitted] = await Promise.all([deleteDraft(owner, id), submitVacancy(owner, id)]);
      const v = await state(id);
      if (deleted.ok) {
        expect(submitted).toEqual({ ok: false, error: 'notFound' });
        expect(v).toBeNull();
      } else {
        expect(deleted).toEqual({ ok: false, error: 'onlyDraftsDeleted' });
        expect(submitted).toEqual(DONE);
        expect(v).toMatchObject({ status: 'pending' });
      }
    });
  });

  it('renew while closing: a closed vacancy stays closed', async () => {
    await rounds(() => published(27), async (id) => {
      const [renewed, closed] = await Promise.all([renewVacancy(owner, id), closeVacancy(owner, id)]);
      expect(closed).toEqual(DONE);
      expect([DONE, { ok: false, error: 'notRenewable' }]).toContainEqual(renewed);
      expect(await state(id)).toMatchObject({ status: 'closed' });
    });
  });
});

describe('the expiry job racing a renewal', () => {
  it('a renewed vacancy ends published with a new expiry, expired at most once on the way', async () => {
    await rounds(() => published(31), async (id) => {
      const now = new Date();
      const [, renewed] = await Promise.all([expireVacancies(now), renewVacancy(owner, id, now)]);
      expect(renewed).toEqual(DONE);
      const v = await state(id);
      expect(v?.status).toBe('published');
      expect(v!.expiresAt!.getTime()).toBe(now.getTime() + 30 * DAY);
      expect(await events(id, 'expired')).toBeLessThanOrEqual(1);
    });
  });
});
