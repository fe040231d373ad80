import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { hashPassword } from '@/lib/accounts/password';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { getCompanyBlockConsequences, getDismissConsequences, getRemoveConsequences, getUserBlockConsequences } from '@/lib/moderation/consequences-queries';
import { getRejectionPreview, REASON_SLOT } from '@/lib/moderation/decision-preview-queries';
import { getAdminCompanies, getAdminCompany } from '@/lib/moderation/directory-queries';
import { composeReasonText } from '@/lib/moderation/reason-text';
import { approveRevision, approveVacancy, rejectVacancy } from '@/lib/moderation/review.server';
import { alertOverdueModeration } from '@/lib/moderation/sla.server';
import { getSlaShare } from '@/lib/moderation/sla-queries';
import { updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { submittedVacancy } from '@/tests/support/factories';

// The entry actions run outside Next here: the session is this file's admin, and what only works inside a
// request (revalidation, the redirect after success, the replica cookie) is stubbed.
const session = vi.hoisted(() => ({ admin: null as null | { id: string; role: 'admin' } }));
vi.mock('@/lib/accounts/queries', () => ({ requireRole: async () => session.admin }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next-intl/server', async (original) => ({ ...(await original<typeof import('next-intl/server')>()), getLocale: async () => 'ru' }));
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: unknown }) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { href });
  },
}));
vi.mock('@/lib/db-read', async (original) => ({ ...(await original<typeof import('@/lib/db-read')>()), notePrimaryWrite: async () => undefined }));

const { companyModerationAction, decideReviewAction, userAccessAction } = await import('@/lib/moderation/actions');
const { resolveReportsAction } = await import('@/lib/moderation/report-admin-actions');

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let admin: AdminActor;
let owner: Actor;
let companyId: string;
const emails = { admin: `dec-admin-${tag}@test.example`, owner: `dec-owner-${tag}@test.example`, member: `dec-member-${tag}@test.example` };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
/** Runs an entry action; a redirect (success) comes back as { redirected }. */
async function run<S>(action: (prev: S | null, data: FormData) => Promise<S>, fields: Record<string, string>): Promise<S | { redirected: unknown }> {
  try {
    return await action(null, form(fields));
  } catch (error) {
    if (error instanceof Error && error.message === 'NEXT_REDIRECT') return { redirected: (error as Error & { href: unknown }).href };
    throw error;
  }
}

let counter = 0;
/** A vacancy of this file's company, submitted by its owner. */
async function pending(patch: object = {}): Promise<string> {
  counter += 1;
  return submittedVacancy(owner, companyId, { ...VALID_VACANCY, title: `Оператор чата ${tag} ${counter}`, ...patch });
}
const setRisk = (id: string, score: number) => db.vacancy.update({ where: { id }, data: { riskScore: score } });
const statusOf = async (id: string) => (await db.vacancy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  const passwordHash = await hashPassword('pass-12345678');
  const adminRow = await db.user.create({ data: { email: emails.admin, name: `Админ ${tag}`, passwordHash, role: 'admin', emailVerified: new Date(), locale: 'en' } });
  const ownerRow = await db.user.create({ data: { email: emails.owner, name: 'Владелец', passwordHash, emailVerified: new Date(), locale: 'ru' } });
  const memberRow = await db.user.create({ data: { email: emails.member, name: 'Member', passwordHash, emailVerified: new Date(), locale: 'en' } });
  const company = await db.company.create({
    data: {
      name: `Решения ${tag}`, slug: `decisions-${tag}`, website: 'https://example.com', legalName: 'ООО Решения', taxId: '7700000000',
      members: { create: [{ userId: ownerRow.id, role: 'owner' }, { userId: memberRow.id, role: 'member' }] },
    },
  });
  companyId = company.id;
  admin = { id: adminRow.id, role: 'admin' };
  session.admin = { id: adminRow.id, role: 'admin' };
  owner = { id: ownerRow.id, companies: [{ id: company.id, name: company.name, slug: company.slug, role: 'owner' }] };
});

afterAll(async () => {
  const vacancies = await db.vacancy.findMany({ where: { companyId }, select: { id: true } });
  await db.auditLog.deleteMany({ where: { targetId: { in: [...vacancies.map((v) => v.id), companyId] } } });
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.outboxMail.deleteMany({ where: { to: { contains: tag } } });
  await db.$disconnect();
});

describe('approving above the risk threshold', () => {
  it('is refused without "I checked the reasons", with a field error, and works with it', async () => {
    const id = await pending();
    await setRisk(id, 93);
    const refused = await approveVacancy(admin, id);
    expect(refused).toEqual({ ok: false, error: 'invalid', fieldErrors: { acknowledged: ['decisions.errors.acknowledgeRequired'] } });
    expect(await statusOf(id)).toBe('pending');
    // A form value other than the box's does not count.
    expect((await approveVacancy(admin, id, { acknowledged: 'no' })).ok).toBe(false);
    expect(await approveVacancy(admin, id, { acknowledged: '1' })).toEqual({ ok: true, value: null });
    expect(await statusOf(id)).toBe('published');
  });

  it('comes back from the form action as a field error; with the box ticked it redirects to the queue', async () => {
    const id = await pending();
    await setRisk(id, 40);
    const version = (await db.vacancy.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } })).updatedAt.toISOString();
    const fields = { vacancyId: id, kind: 'new', decision: 'approve', version };
    expect(await run(decideReviewAction, fields)).toMatchObject({ status: 'error', error: { acknowledged: ['decisions.errors.acknowledgeRequired'] } });
    expect(await run(decideReviewAction, { ...fields, acknowledged: '1' })).toEqual({ redirected: { pathname: '/admin/moderation', query: { done: 'approved' } } });
  });

  it('needs nothing below the threshold, and judges an edit by the revision’s score', async () => {
    const low = await pending();
    await setRisk(low, 39);
    expect(await approveVacancy(admin, low)).toEqual({ ok: true, value: null });

    expect(await updateVacancy(owner, low, { ...VALID_VACANCY, title: `Правка ${tag}` })).toEqual({ ok: true, value: { revision: true } });
    await db.vacancyRevision.update({ where: { vacancyId: low }, data: { riskScore: 70 } });
    expect((await approveRevision(admin, low)).ok).toBe(false);
    expect(await approveRevision(admin, low, { acknowledged: 'on' })).toEqual({ ok: true, value: null });
  });
});

describe('the rejection preview', () => {
  it('shows the reason in the ad’s language and the mail in each member’s language, as the rejection then sends', async () => {
    const id = await pending();
    const preview = await getRejectionPreview(admin, id, 'new');
    expect(preview?.adLocale).toBe('ru');
    expect(preview?.mails.map((m) => [m.locale, m.recipients]).sort()).toEqual([['en', 1], ['ru', 1]]);
    const note = `Укажите юрлицо ${tag}.`;
    const reason = composeReasonText(preview!.presetTexts, 'missingCompanyDetails', note);
    const since = new Date();
    expect(await rejectVacancy(admin, id, { preset: 'missingCompanyDetails', note })).toEqual({ ok: true, value: null });
    const stored = await db.vacancy.findUniqueOrThrow({ where: { id }, select: { moderationReason: true } });
    expect(stored.moderationReason).toBe(reason);
    const [mail] = await db.outboxMail.findMany({ where: { to: emails.member, kind: 'vacancy-rejected', createdAt: { gte: since } } });
    const en = preview!.mails.find((m) => m.locale === 'en')!;
    expect(mail?.text).toBe(en.text.split(REASON_SLOT).join(reason));
    expect(mail?.subject).toBe(en.subject);
  });

  it('is nothing for a non-admin or a bad id', async () => {
    expect(await getRejectionPreview({ id: owner.id, role: 'employer' }, randomUUID(), 'new')).toBeNull();
    expect(await getRejectionPreview(admin, 'nope', 'new')).toBeNull();
  });

  it('the form action’s preview step decides nothing', async () => {
    const id = await pending();
    const state = await run(decideReviewAction, { vacancyId: id, kind: 'new', decision: 'reject', intent: 'preview', preset: 'poorDescription', note: 'x' });
    expect(state).toMatchObject({ initialValue: { preset: 'poorDescription', note: 'x', intent: 'preview' } });
    expect(state).not.toMatchObject({ status: 'success' });
    expect(await statusOf(id)).toBe('pending');
  });
});

describe('operations that ask first', () => {
  it('blocking a company shows the consequences counted now, and runs only with confirm=1', async () => {
    const live = [await pending(), await pending()];
    for (const id of live) expect((await approveVacancy(admin, id, { acknowledged: '1' })).ok).toBe(true);
    await db.scamReport.createMany({ data: [{ vacancyId: live[0]!, category: 'scam' }, { vacancyId: live[1]!, category: 'spam' }] });
    const consequences = await getCompanyBlockConsequences(admin, companyId);
    const facts = Object.fromEntries(consequences!.facts.map((f) => [f.key, f.values?.count]));
    expect(facts.companyReports).toBe(2);
    expect(facts.companyOwnersMailed).toBe(1);
    expect(facts.companyMembersStay).toBe(2);
    const published = await db.vacancy.count({ where: { companyId, status: 'published' } });
    expect(facts.companyPublished).toBe(published);

    const fields = { companyId, operation: 'block', reason: `Мошенничество ${tag}` };
    const asked = await run(companyModerationAction, fields);
    expect(asked).toMatchObject({ data: { confirm: { operation: 'blockCompany' } }, initialValue: { reason: `Мошенничество ${tag}` } });
    expect(asked).not.toMatchObject({ status: 'success' });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).blockedAt).toBeNull();
    // Cancel goes back to the form; a bad reason is refused before any step.
    const cancelled = await run(companyModerationAction, { ...fields, intent: 'cancel' });
    expect(cancelled).toMatchObject({ initialValue: fields });
    expect(cancelled).not.toHaveProperty('data');
    expect(await run(companyModerationAction, { ...fields, reason: '' })).toMatchObject({ status: 'error', error: { reason: ['moderation.errors.reasonRequired'] } });
    expect(await run(companyModerationAction, { ...fields, confirm: '1' })).toMatchObject({ status: 'success', notice: 'moderation.done.blocked' });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).blockedAt).not.toBeNull();

    // The summary now says the block hides them, not that they are published.
    const company = await getAdminCompany(admin, companyId);
    expect(company?.statusCounts.published).toBeUndefined();
    expect(company?.statusCounts.hiddenByBlock).toBe(published);
    expect(company?.recentVacancies.filter((v) => v.status === 'hiddenByBlock')).toHaveLength(published);
    const list = await getAdminCompanies(admin, { q: `Решения ${tag}` });
    expect(list?.rows[0]?.hiddenByBlock).toBe(published);
    await db.company.update({ where: { id: companyId }, data: { blockedAt: null, blockedReason: null } });
  });

  it('blocking a user says what they lose and keep, and runs only with confirm=1', async () => {
    const member = await db.user.findUniqueOrThrow({ where: { email: emails.member } });
    const consequences = await getUserBlockConsequences(admin, member.id);
    expect(consequences?.facts.map((f) => f.key)).toEqual(['userSignIn', 'userCompanies', 'userUndo']);
    const ownerFacts = await getUserBlockConsequences(admin, owner.id);
    expect(ownerFacts?.facts.find((f) => f.key === 'userSoleOwner')?.values).toEqual({ name: `Решения ${tag}` });

    const fields = { userId: member.id, operation: 'block', reason: 'Спам' };
    expect(await run(userAccessAction, fields)).toMatchObject({ data: { confirm: { operation: 'blockUser' } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).blockedAt).toBeNull();
    expect(await run(userAccessAction, { ...fields, confirm: '1' })).toMatchObject({ status: 'success', notice: 'moderation.done.userBlocked' });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).blockedAt).not.toBeNull();
    await db.user.update({ where: { id: member.id }, data: { blockedAt: null, blockedReason: null } });
  });

  it('removing a vacancy and dismissing reports from the queue run only with confirm=1', async () => {
    const [a, b] = [await pending(), await pending()];
    for (const id of [a, b]) expect((await approveVacancy(admin, id, { acknowledged: '1' })).ok).toBe(true);
    await db.scamReport.createMany({ data: [{ vacancyId: a, category: 'scam' }, { vacancyId: b, category: 'spam' }, { vacancyId: b, category: 'other', message: 'x' }] });

    const remove = { operation: 'remove', vacancyId: a, companyId, reason: 'Просят оплату', view: 'open' };
    const removeFacts = await getRemoveConsequences(admin, a);
    expect(removeFacts?.facts.find((f) => f.key === 'removeReports')?.values).toEqual({ count: 1 });
    expect(await run(resolveReportsAction, remove)).toMatchObject({ data: { confirm: { operation: 'remove' } } });
    expect(await statusOf(a)).toBe('published');
    expect(await run(resolveReportsAction, { ...remove, confirm: '1' })).toEqual({ redirected: { pathname: '/admin/reports', query: { done: 'remove' } } });
    expect(await statusOf(a)).toBe('removed');

    const dismiss = { operation: 'dismiss', vacancyId: b, companyId, reason: '', view: 'open' };
    expect((await getDismissConsequences(admin, b))?.facts[0]).toEqual({ key: 'dismissReports', values: { count: 2 } });
    expect(await run(resolveReportsAction, dismiss)).toMatchObject({ data: { confirm: { operation: 'dismiss', facts: [{ key: 'dismissReports', values: { count: 2 } }, { key: 'dismissStays' }] } } });
    expect(await db.scamReport.count({ where: { vacancyId: b, status: 'open' } })).toBe(2);
    expect(await run(resolveReportsAction, { ...dismiss, confirm: '1' })).toMatchObject({ redirected: { query: { done: 'dismiss' } } });
    expect(await db.scamReport.count({ where: { vacancyId: b, status: 'open' } })).toBe(0);

    // Blocking from the queue asks too; warning does not.
    expect(await run(resolveReportsAction, { operation: 'block', vacancyId: b, companyId, reason: 'Мошенники', view: 'open' })).toMatchObject({ data: { confirm: { operation: 'blockCompany' } } });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).blockedAt).toBeNull();
  });

  it('gives nothing to a non-admin', async () => {
    const outsider = { id: owner.id, role: 'employer' as const };
    expect(await getCompanyBlockConsequences(outsider, companyId)).toBeNull();
    expect(await getUserBlockConsequences(outsider, owner.id)).toBeNull();
    expect(await getRemoveConsequences(outsider, randomUUID())).toBeNull();
    expect(await getCompanyBlockConsequences(admin, 'not-an-id')).toBeNull();
  });
});

describe('the moderation-sla job', () => {
  it('mails every admin once per episode of overdue waits, in their language, and never for a fresh one', async () => {
    const now = new Date();
    const old = await pending();
    const fresh = await pending();
    await db.moderationEvent.updateMany({ where: { vacancyId: old, action: 'submitted' }, data: { createdAt: new Date(now.getTime() - 13 * HOUR) } });
    await db.moderationEvent.updateMany({ where: { vacancyId: fresh, action: 'submitted' }, data: { createdAt: new Date(now.getTime() - HOUR) } });
    const mails = () => db.outboxMail.findMany({ where: { to: emails.admin, kind: 'moderation-sla' }, orderBy: { createdAt: 'asc' } });
    const before = (await mails()).length;

    const first = await alertOverdueModeration(12, now);
    expect(first.newlyOverdue).toBeGreaterThanOrEqual(1);
    expect(await db.moderationSlaAlert.findUnique({ where: { vacancyId: old } })).not.toBeNull();
    expect(await db.moderationSlaAlert.findUnique({ where: { vacancyId: fresh } })).toBeNull();
    const sent = await mails();
    expect(sent).toHaveLength(before + 1);
    expect(sent.at(-1)?.text).toContain('/en/admin/moderation');
    expect(sent.at(-1)?.subject).toMatch(/waited over 12 h/);

    // A second run finds the wait already mailed.
    const second = await alertOverdueModeration(12, new Date(now.getTime() + 1000));
    expect(await db.moderationSlaAlert.findUnique({ where: { vacancyId: fresh } })).toBeNull();
    expect(second.newlyOverdue).toBe(0);
    expect(await mails()).toHaveLength(before + 1);

    // The "fresh" one crosses the line while the first is still waiting: the same episode, no second mail
    // until another SLA period has passed since the first.
    const crossing = await alertOverdueModeration(12, new Date(now.getTime() + 11.5 * HOUR));
    expect(crossing).toMatchObject({ mails: 0 });
    expect(await db.moderationSlaAlert.findUnique({ where: { vacancyId: fresh } })).not.toBeNull();
    expect(await mails()).toHaveLength(before + 1);

    // Decided, the wait is over: its alert goes, and a new wait could be mailed again.
    expect((await rejectVacancy(admin, old, { preset: 'poorDescription' })).ok).toBe(true);
    await alertOverdueModeration(12, new Date(now.getTime() + 2000));
    expect(await db.moderationSlaAlert.findUnique({ where: { vacancyId: old } })).toBeNull();
  });
});

describe('the share decided within the SLA', () => {
  it('pairs each decision with the submission before it, over 7 and 30 days', async () => {
    // Far in the future, so only this test's events fall into the windows.
    const at = new Date('2090-06-30T12:00:00Z');
    const ago = (ms: number) => new Date(at.getTime() - ms);
    const [a, b, c] = [await pending(), await pending(), await pending()];
    await db.moderationEvent.createMany({
      data: [
        { vacancyId: a, action: 'submitted', createdAt: ago(3 * DAY + 2 * HOUR) },
        { vacancyId: a, action: 'approved', createdAt: ago(3 * DAY) }, // 2 h: within
        { vacancyId: b, action: 'submitted', createdAt: ago(20 * DAY + 13 * HOUR) },
        { vacancyId: b, action: 'rejected', createdAt: ago(20 * DAY) }, // 13 h: late, outside 7 days
        { vacancyId: b, action: 'submitted', createdAt: ago(10 * DAY + HOUR) },
        { vacancyId: b, action: 'approved', createdAt: ago(10 * DAY) }, // the resubmission: 1 h, within
        { vacancyId: c, action: 'revisionSubmitted', createdAt: ago(DAY + 20 * HOUR) },
        { vacancyId: c, action: 'revisionApproved', createdAt: ago(DAY) }, // 20 h: late
        { vacancyId: c, action: 'revisionSubmitted', createdAt: ago(40 * DAY) },
        { vacancyId: c, action: 'revisionRejected', createdAt: ago(40 * DAY - HOUR) }, // older than 30 days
      ],
    });
    const share = await getSlaShare(admin, 12, at);
    expect(share).toEqual({
      hours: 12,
      days7: { within: 1, count: 2, share: 0.5 },
      days30: { within: 2, count: 4, share: 0.5 },
    });
    expect((await getSlaShare(admin, 24, at))?.days7).toEqual({ within: 2, count: 2, share: 1 });
    expect((await getSlaShare(admin, 12, new Date('2091-06-30T12:00:00Z')))?.days30).toEqual({ within: 0, count: 0, share: null });
    expect(await getSlaShare({ id: owner.id, role: 'employer' }, 12, at)).toBeNull();
  });
});
