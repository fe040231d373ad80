import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { submitApplication, withdrawApplication } from '@/lib/applications/apply.server';
import { getApplicationHistory, getApplicationsOf } from '@/lib/applications/history-queries';
import { requestApplicationsLink } from '@/lib/applications/link.server';
import { readApplicationsToken } from '@/lib/applications/links';
import { addApplicationNote, changeApplicationStatus, markApplicationViewed } from '@/lib/applications/pipeline.server';
import { createPrismaClient } from '@/lib/db-client';
import { createEmployer, deleteEmployer } from '../support/actors';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = `hist-${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;
let owner: Awaited<ReturnType<typeof createEmployer>>;
let stranger: Awaited<ReturnType<typeof createEmployer>>;
let ipCounter = 0;
const ctx = () => ({ ip: `hist-${tag}-${++ipCounter}`, now: new Date() });
const address = (name: string) => `${name}-${tag}@candidate.example`;

async function vacancy(title: string) {
  return db.vacancy.create({
    data: {
      slug: `${tag}-${randomUUID().slice(0, 6)}`, companyId: owner.companies[0]!.id, title: `${title} ${tag}`, description: 'Текст.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience',
      status: 'published', publishedAt: new Date(Date.now() - DAY), expiresAt: new Date(Date.now() + 20 * DAY),
    },
    select: { id: true, slug: true },
  });
}

async function apply(vacancyId: string, email: string) {
  const outcome = await submitApplication(
    vacancyId,
    { name: 'Мария Иванова', email, consent: 'on', startedAt: String(Date.now() - 10_000), locale: 'ru' },
    { ...ctx(), limits: false },
  );
  if (!outcome.ok) throw new Error(`apply refused: ${outcome.error}`);
  return db.application.findFirstOrThrow({ where: { vacancyId, email }, select: { id: true } });
}

beforeAll(async () => {
  owner = await createEmployer(db, `${tag}-a`);
  stranger = await createEmployer(db, `${tag}-b`);
});

afterAll(async () => {
  await deleteEmployer(db, `${tag}-a`);
  await deleteEmployer(db, `${tag}-b`);
});

describe('status history', () => {
  it('records who moved the application where, from sending to withdrawal', async () => {
    const v = await vacancy('Оператор чата');
    const email = address('timeline');
    const { id } = await apply(v.id, email);
    expect(await markApplicationViewed(owner, id)).toBe(true);
    expect(await markApplicationViewed(owner, id)).toBe(false); // once
    expect((await changeApplicationStatus(owner, id, { status: 'shortlisted' })).ok).toBe(true);

    const confirmation = await db.outboxMail.findFirstOrThrow({ where: { to: email, kind: 'application-received' } });
    const withdrawToken = /\/applications\/withdraw\/([A-Za-z0-9_-]+)/.exec(confirmation.text)![1]!;
    expect((await withdrawApplication(withdrawToken)).ok).toBe(true);

    const history = await getApplicationHistory(owner, id);
    expect(history!.map((e) => [e.fromStatus, e.toStatus, e.actorName])).toEqual([
      [null, 'new', null],
      ['new', 'viewed', `Owner ${tag}-a`],
      ['viewed', 'shortlisted', `Owner ${tag}-a`],
      ['shortlisted', 'withdrawn', null],
    ]);
  });

  it('is the company’s only: another company and a malformed id get nothing', async () => {
    const v = await vacancy('Чат-поддержка');
    const { id } = await apply(v.id, address('private'));
    expect(await getApplicationHistory(stranger, id)).toBeNull();
    expect(await getApplicationHistory(stranger, 'not-a-uuid')).toBeNull();
    expect(await markApplicationViewed(stranger, id)).toBe(false);
    expect((await changeApplicationStatus(stranger, id, { status: 'invited' })).ok).toBe(false);
    expect(await db.applicationStatusEvent.count({ where: { applicationId: id } })).toBe(1);
  });

  it('writes no history for a refused or stale move', async () => {
    const v = await vacancy('Поддержка');
    const { id } = await apply(v.id, address('refused'));
    expect((await changeApplicationStatus(owner, id, { status: 'withdrawn' })).ok).toBe(false);
    expect((await changeApplicationStatus(owner, id, { status: ['invited'] })).ok).toBe(false);
    expect(await db.applicationStatusEvent.count({ where: { applicationId: id } })).toBe(1);
  });
});

describe('mail a candidate can answer', () => {
  it('carries Reply-To of the company contact address, else of the member who decided', async () => {
    const v = await vacancy('Оператор');
    const first = await apply(v.id, address('reply-member'));
    expect((await changeApplicationStatus(owner, first.id, { status: 'invited', sendMail: 'on', message: 'Приглашаем на собеседование.' })).ok).toBe(true);
    const toMember = await db.outboxMail.findFirstOrThrow({ where: { to: address('reply-member'), kind: { not: 'application-received' } } });
    expect(toMember.replyTo).toBe(`owner-${tag}-a@test.example`);

    await db.company.update({ where: { id: owner.companies[0]!.id }, data: { contactEmail: `hr-${tag}@company.example` } });
    const second = await apply(v.id, address('reply-company'));
    expect((await changeApplicationStatus(owner, second.id, { status: 'rejected', sendMail: 'on', message: 'Спасибо за отклик.' })).ok).toBe(true);
    const toCompany = await db.outboxMail.findFirstOrThrow({ where: { to: address('reply-company'), kind: { not: 'application-received' } } });
    expect(toCompany.replyTo).toBe(`hr-${tag}@company.example`);
  });
});

describe('my applications', () => {
  it('lists every application of the address with the status the candidate should see, never notes', async () => {
    const email = address('mine');
    const a = await vacancy('Первая');
    const b = await vacancy('Вторая');
    const first = await apply(a.id, email);
    const second = await apply(b.id, email);
    await markApplicationViewed(owner, first.id);
    await changeApplicationStatus(owner, first.id, { status: 'shortlisted' });
    await addApplicationNote(owner, first.id, { body: `Секретная заметка ${tag}` });
    await changeApplicationStatus(owner, second.id, { status: 'rejected' });

    const mine = await getApplicationsOf(email.toUpperCase());
    expect(mine.map((m) => [m.title, m.status])).toEqual([
      [`Вторая ${tag}`, 'notSelected'],
      [`Первая ${tag}`, 'viewed'],
    ]);
    expect(mine[1]!.steps.map((s) => s.status)).toEqual(['sent', 'viewed']);
    expect(JSON.stringify(mine)).not.toContain('Секретная');
    expect(JSON.stringify(mine)).not.toContain('shortlisted');
  });

  it('is reached by the link in the confirmation mail', async () => {
    const email = address('link');
    const v = await vacancy('Ссылка');
    await apply(v.id, email);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email, kind: 'application-received' } });
    const token = /\/applications\?token=([A-Za-z0-9._-]+)/.exec(mail.text)![1]!;
    expect(readApplicationsToken(token)).toEqual({ ok: true, email });
    expect(readApplicationsToken(token, new Date(Date.now() + 31 * DAY))).toEqual({ ok: false, reason: 'expired' });
    expect(readApplicationsToken(`${token}x`).ok).toBe(false);
  });

  it('mails a new link only to an address that applied, and says the same to everyone', async () => {
    const known = address('known');
    await apply((await vacancy('Известный')).id, known);
    expect(await requestApplicationsLink({ email: known, locale: 'en' }, ctx())).toEqual({ ok: true });
    expect(await requestApplicationsLink({ email: address('unknown') }, ctx())).toEqual({ ok: true });
    const links = await db.outboxMail.findMany({ where: { kind: 'applications-link', to: { in: [known, address('unknown')] } } });
    expect(links.map((m) => m.to)).toEqual([known]);
    expect(links[0]!.text).toContain('/en/applications?token=');

    expect((await requestApplicationsLink({ email: 'nope' }, ctx())).ok).toBe(false);
    expect((await requestApplicationsLink(null, ctx())).ok).toBe(false);
    expect((await requestApplicationsLink({ email: [known] }, ctx())).ok).toBe(false);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await requestApplicationsLink({ email: known }, ctx()));
    expect(results.at(-1)).toEqual({ ok: false, error: 'rateLimited' });
  });
});
