import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as oneClickUnsubscribe } from '@/app/api/alerts/unsubscribe/route';
import { changeAlertFrequency, confirmAlert, deleteAlerts, deleteUnconfirmedAlerts, subscribeToAlert } from '@/lib/alerts/alert.server';
import { sendJobAlerts } from '@/lib/alerts/run.server';
import { createPrismaClient } from '@/lib/db-client';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { parseCatalogueParams } from '@/lib/vacancies/search-params';

const db = createPrismaClient(inject('databaseUrl'), 3);
// Letters only, so the full-text parser keeps it one word: searches for it find this file's vacancies alone.
const tag = `zq${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;
const MINUTE = 60_000;
const DAY = 86_400_000;
let companyId: string;
let ipCounter = 0;
const ctx = (now = new Date()) => ({ ip: `alerts-${tag}-${++ipCounter}`, now });
const address = (name: string) => `${name}-${tag}@candidate.example`;
/** Another letters-only word, for a test whose alert must see its own vacancies only. */
const word = () => `zw${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;

async function ownVacancy(publishedAt: Date, patch: { voiceRequired?: boolean; expiresAt?: Date; status?: 'published' | 'pending'; title?: string } = {}) {
  const n = randomUUID().slice(0, 8);
  return db.vacancy.create({
    data: {
      slug: `alert-${tag}-${n}`, companyId, title: patch.title ?? `Оператор чата ${tag}`, description: 'Отвечать покупателям в чате.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', voiceRequired: patch.voiceRequired ?? false,
      status: patch.status ?? 'published', publishedAt, expiresAt: patch.expiresAt ?? new Date(publishedAt.getTime() + 30 * DAY),
    },
    select: { id: true, slug: true, title: true },
  });
}

const vacancy = ownVacancy;
const mailTo = (to: string, kind: string) => db.outboxMail.findMany({ where: { to, kind }, orderBy: { createdAt: 'asc' } });
const tokenIn = (text: string) => /\/alerts\/confirm\/([A-Za-z0-9_-]{40,50})/.exec(text)?.[1] ?? '';

/** Subscribes and confirms at `now`; returns the alert id. */
async function confirmedAlert(email: string, query: string, frequency: 'instant' | 'daily' | 'weekly', now: Date) {
  const subscribed = await subscribeToAlert({ email, query, frequency, locale: 'ru' }, ctx(now));
  expect(subscribed.ok).toBe(true);
  const [mail] = await mailTo(email, 'alert-confirm');
  expect((await confirmAlert(tokenIn(mail!.text), now)).ok).toBe(true);
  return (await db.jobAlert.findFirstOrThrow({ where: { email }, select: { id: true } })).id;
}

beforeAll(async () => {
  const company = await db.company.create({ data: { name: `Алерт ${tag}`, slug: `alert-${tag}` } });
  companyId = company.id;
});

describe('subscribing', () => {
  it('stores the search unconfirmed, mails the confirmation in the page language, and mails nothing else until confirmed', async () => {
    const email = address('double-opt-in');
    const now = new Date();
    const outcome = await subscribeToAlert({ email: email.toUpperCase(), query: `?q=${tag}&chatOnly=1&page=4&sort=salary`, frequency: 'instant', locale: 'en' }, ctx(now));
    expect(outcome).toEqual({ ok: true, value: { email } });
    const alert = await db.jobAlert.findFirstOrThrow({ where: { email } });
    expect(alert).toMatchObject({ query: `q=${tag}&chatOnly=1`, confirmedAt: null, frequency: 'instant', locale: 'en' });
    const [mail] = await mailTo(email, 'alert-confirm');
    expect(mail!.subject).toBe('Confirm your ChatShift job alert');
    expect(mail!.text).toContain('Chat only');
    expect(mail!.text).toContain('/en/alerts/confirm/');

    await vacancy(new Date(now.getTime() + MINUTE));
    await sendJobAlerts(new Date(now.getTime() + 5 * MINUTE));
    expect(await mailTo(email, 'job-alert')).toHaveLength(0);
  });

  it('refuses bad input with field errors, never an exception', async () => {
    for (const input of [
      null, 42, [], { email: 'not-an-address', frequency: 'daily' }, { email: address('x'), frequency: 'hourly' },
      { email: address('x'), frequency: ['daily'] }, { email: `${'a'.repeat(10_000)}@x.ru`, frequency: 'daily' },
      { email: address('x'), frequency: 'daily', query: 'q='.padEnd(10_000, 'я') },
    ]) {
      const outcome = await subscribeToAlert(input, ctx());
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error).toBe('invalid');
    }
    // NUL bytes and broken encodings in the search are dropped by the catalogue's parser.
    const email = address('hostile');
    expect((await subscribeToAlert({ email, frequency: 'weekly', query: `q=%00${tag}&industry=%E0%A4%A&__proto__=1` }, ctx())).ok).toBe(true);
    expect((await db.jobAlert.findFirstOrThrow({ where: { email } })).query).toBe(`q=${tag}`);
  });

  it('never lets a stranger change a confirmed alert: a repeat request only mails the owner their link', async () => {
    const email = address('repeat');
    await confirmedAlert(email, `q=${tag}`, 'weekly', new Date());
    expect((await subscribeToAlert({ email, query: `q=${tag}`, frequency: 'instant' }, ctx())).ok).toBe(true);
    expect((await db.jobAlert.findFirstOrThrow({ where: { email } })).frequency).toBe('weekly');
    expect(await mailTo(email, 'alert-manage')).toHaveLength(1);
  });

  it('limits requests per address asked for', async () => {
    const email = address('flood');
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await subscribeToAlert({ email, query: `q=${tag}${i}`, frequency: 'daily' }, ctx()));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.at(-1)).toEqual({ ok: false, error: 'rateLimited' });
  });
});

describe('confirmation', () => {
  it('expires after 7 days, and housekeeping deletes the unconfirmed alert with its address', async () => {
    const email = address('late');
    const then = new Date();
    await subscribeToAlert({ email, query: `q=${tag}`, frequency: 'daily' }, ctx(then));
    const token = tokenIn((await mailTo(email, 'alert-confirm'))[0]!.text);
    expect(await confirmAlert(token, new Date(then.getTime() + 8 * DAY))).toEqual({ ok: false, error: 'expired' });
    expect(await confirmAlert('x'.repeat(43), then)).toEqual({ ok: false, error: 'notFound' });
    expect(await confirmAlert(['array'], then)).toEqual({ ok: false, error: 'notFound' });

    await deleteUnconfirmedAlerts(new Date(then.getTime() + 6 * DAY));
    expect(await db.jobAlert.count({ where: { email } })).toBe(1);
    await deleteUnconfirmedAlerts(new Date(then.getTime() + 8 * DAY));
    expect(await db.jobAlert.count({ where: { email } })).toBe(0);
  });

  it('works once', async () => {
    const email = address('once');
    await subscribeToAlert({ email, query: `q=${tag}`, frequency: 'daily' }, ctx());
    const token = tokenIn((await mailTo(email, 'alert-confirm'))[0]!.text);
    expect((await confirmAlert(token)).ok).toBe(true);
    expect(await confirmAlert(token)).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('the alert job', () => {
  it('mails a vacancy approved after the last run once, never twice, and only what the catalogue would show', async () => {
    const email = address('instant');
    const t0 = new Date();
    const own = word();
    const alertId = await confirmedAlert(email, `q=${own}&chatOnly=1`, 'instant', t0);
    const vacancy = (at: Date, patch: Parameters<typeof ownVacancy>[1] = {}) => ownVacancy(at, { title: `Оператор чата ${own}`, ...patch });
    const before = await vacancy(new Date(t0.getTime() - 2 * MINUTE)); // published before the subscription
    const fresh = await vacancy(new Date(t0.getTime() + MINUTE), { title: `Оператор <чата> & ${own}` });
    await vacancy(new Date(t0.getTime() + MINUTE), { voiceRequired: true }); // not chat-only: filtered out
    await vacancy(new Date(t0.getTime() + MINUTE), { expiresAt: new Date(t0.getTime() + 3 * MINUTE) }); // ended before the run
    await vacancy(new Date(t0.getTime() + MINUTE), { status: 'pending' });

    const run1 = await sendJobAlerts(new Date(t0.getTime() + 5 * MINUTE));
    expect(run1.mailed).toBeGreaterThanOrEqual(1);
    const mails = await mailTo(email, 'job-alert');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.text).toContain(fresh.slug);
    expect(mail.text).toContain(fresh.title);
    expect(mail.text).not.toContain(before.slug);
    expect(mail.subject).toMatch(/^1 новая вакансия: /);
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect((mail.headers as Record<string, string>)['List-Unsubscribe']).toMatch(new RegExp(`^<http.+/api/alerts/unsubscribe\\?alert=${alertId}&sig=[A-Za-z0-9_-]{43}>$`));
    expect(mail.text).toContain('/alerts?token=');

    // The same catalogue conditions: what was mailed is in the catalogue for the alert's link.
    const { filters } = parseCatalogueParams({ q: own, chatOnly: '1' });
    const catalogue = await searchVacancies(filters, new Date(t0.getTime() + 5 * MINUTE));
    expect(catalogue.items.map((v) => v.id)).toContain(fresh.id);

    await sendJobAlerts(new Date(t0.getTime() + 10 * MINUTE));
    await sendJobAlerts(new Date(t0.getTime() + 15 * MINUTE));
    expect(await mailTo(email, 'job-alert')).toHaveLength(1);
    expect(await db.jobAlertDelivery.count({ where: { alertId } })).toBe(1);
  });

  it('catches a vacancy whose approval committed after a run that started later than its publishedAt', async () => {
    const email = address('late-commit');
    const t0 = new Date();
    await confirmedAlert(email, `q=${tag}`, 'instant', t0);
    await sendJobAlerts(new Date(t0.getTime() + 5 * MINUTE)); // covers up to t0+5
    await vacancy(new Date(t0.getTime() + 4 * MINUTE)); // stamped t0+4, visible only now
    await sendJobAlerts(new Date(t0.getTime() + 10 * MINUTE));
    const mails = await mailTo(email, 'job-alert');
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.map((m) => m.text).join('\n')).toContain(`Оператор чата ${tag}`);
  });

  it('lists 20 in a mail, counts the rest, and never mails those again', async () => {
    const email = address('many');
    const t0 = new Date();
    const own = word();
    await confirmedAlert(email, `q=${own}`, 'instant', t0);
    for (let i = 0; i < 23; i++) await ownVacancy(new Date(t0.getTime() + 60_000 + i * 1000), { title: `Оператор ${own} ${i}` });
    await sendJobAlerts(new Date(t0.getTime() + 5 * MINUTE));
    await sendJobAlerts(new Date(t0.getTime() + 10 * MINUTE));
    const mails = await mailTo(email, 'job-alert');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^23 новые вакансии/);
    expect(mails[0]!.text).toContain('И ещё 3 вакансии');
    expect(mails[0]!.text.match(/^• /gm)).toHaveLength(20);
  });

  it('mails daily alerts once a day and weekly ones once a week', async () => {
    const daily = address('daily');
    const weekly = address('weekly');
    const t0 = new Date();
    await confirmedAlert(daily, `q=${tag}`, 'daily', t0);
    await confirmedAlert(weekly, `q=${tag}`, 'weekly', t0);
    await vacancy(new Date(t0.getTime() + MINUTE));

    await sendJobAlerts(new Date(t0.getTime() + 2 * 3_600_000));
    expect(await mailTo(daily, 'job-alert')).toHaveLength(0);
    await sendJobAlerts(new Date(t0.getTime() + DAY));
    expect(await mailTo(daily, 'job-alert')).toHaveLength(1);
    expect(await mailTo(weekly, 'job-alert')).toHaveLength(0);
    await sendJobAlerts(new Date(t0.getTime() + 7 * DAY));
    expect(await mailTo(weekly, 'job-alert')).toHaveLength(1);
  });
});

describe('unsubscribing and managing', () => {
  it('deletes the alert on a one-click POST with a valid signature; refuses a forged one with 400', async () => {
    const email = address('one-click');
    const t0 = new Date();
    const alertId = await confirmedAlert(email, `q=${tag}`, 'instant', t0);
    await vacancy(new Date(t0.getTime() + MINUTE));
    await sendJobAlerts(new Date(t0.getTime() + 5 * MINUTE));
    const [mail] = await mailTo(email, 'job-alert');
    const url = /^<(.+)>$/.exec((mail!.headers as Record<string, string>)['List-Unsubscribe']!)![1]!;

    const forged = url.replace(/sig=[^&]+/, `sig=${'A'.repeat(43)}`);
    const post = (target: string) =>
      oneClickUnsubscribe(new Request(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }));
    expect((await post(forged)).status).toBe(400);
    expect(await db.jobAlert.count({ where: { id: alertId } })).toBe(1);

    expect((await post(url)).status).toBe(200);
    expect(await db.jobAlert.count({ where: { id: alertId } })).toBe(0);
    expect(await db.jobAlertDelivery.count({ where: { alertId } })).toBe(0);
    expect((await post(url)).status).toBe(200); // already gone: still "no more mail"
  });

  it('lets only the address an alert belongs to change or delete it', async () => {
    const owner = address('owner');
    const alertId = await confirmedAlert(owner, `q=${tag}`, 'daily', new Date());
    expect(await changeAlertFrequency(address('stranger'), { alert: alertId, frequency: 'instant' })).toEqual({ ok: false, error: 'notFound' });
    expect(await deleteAlerts(address('stranger'), { alert: alertId })).toEqual({ ok: false, error: 'notFound' });
    expect(await deleteAlerts(address('stranger'), { alert: 'all' })).toEqual({ ok: false, error: 'notFound' });
    expect((await changeAlertFrequency(owner, { alert: alertId, frequency: 'bogus' })).ok).toBe(false);
    expect((await changeAlertFrequency(owner, { alert: alertId, frequency: 'instant' })).ok).toBe(true);
    expect((await db.jobAlert.findUniqueOrThrow({ where: { id: alertId } })).frequency).toBe('instant');
    expect(await deleteAlerts(owner, { alert: 'all' })).toEqual({ ok: true, value: { deleted: 1 } });
  });

});
