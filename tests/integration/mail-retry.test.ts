import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';

// A real SMTP server in this process: it goes down, mail fails and is queued, it comes back and the retry
// job delivers each mail exactly once, even with two runs at once; mail still failing after a day is given up.

type OutboxActions = typeof import('@/lib/mail/outbox.server');
type OutboxQueries = typeof import('@/lib/mail/outbox-queries');

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `mail-retry-${randomUUID().slice(0, 8)}`;
const MINUTE = 60_000;
const DAY = 86_400_000;
const admin = { id: randomUUID(), role: 'admin' as const };

const received: string[] = [];
let refusing = false;
let port = 0;
let smtp: SMTPServer | null = null;
let outbox: OutboxActions;
let queries: OutboxQueries;

function startSmtp(): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onRcptTo(_address, _session, callback) {
      callback(refusing ? Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }) : undefined);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function stopSmtp() {
  const server = smtp;
  smtp = null;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}

const copies = (subject: string) => received.filter((m) => m.includes(`Subject: ${subject}\r\n`)).length;
const row = (subject: string) => db.outboxMail.findFirstOrThrow({ where: { subject } });
const send = (subject: string) => outbox.sendMail({ to: `${TAG}@example.com`, subject, text: 'Здравствуйте!', kind: 'test' });
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  smtp = await startSmtp();
  port = (smtp.server.address() as AddressInfo).port;
  // lib/env.ts reads SMTP_URL once and outbox.server keeps its transport, so the modules load fresh after it is set.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  vi.resetModules();
  outbox = await import('@/lib/mail/outbox.server');
  queries = await import('@/lib/mail/outbox-queries');
});

afterAll(async () => {
  await stopSmtp();
  delete process.env.SMTP_URL;
  await db.outboxMail.deleteMany({ where: { subject: { startsWith: TAG } } });
  await db.$disconnect();
});

describe('mail retry job', () => {
  it('queues a mail the server did not take and delivers it once when the server is back', async () => {
    await stopSmtp();
    const subject = `${TAG} down`;
    await send(subject);
    const queued = await row(subject);
    expect(queued).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
    expect(queued.error).toBeTruthy();
    const wait = queued.nextAttemptAt!.getTime() - queued.createdAt.getTime();
    expect(wait).toBeGreaterThan(MINUTE - 5000);
    expect(wait).toBeLessThan(MINUTE + 5000);
    expect((await queries.getUndeliveredMail(admin))!.waiting).toBeGreaterThanOrEqual(1);

    smtp = await startSmtp();
    // Not due yet: the clock has not reached nextAttemptAt.
    expect(await outbox.retryUndeliveredMail(new Date())).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(await outbox.retryUndeliveredMail(later(2 * MINUTE))).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(copies(subject)).toBe(1);
    expect(await row(subject)).toMatchObject({ attempts: 2, nextAttemptAt: null, error: null, failedAt: null });
    expect((await row(subject)).sentAt).not.toBeNull();

    expect(await outbox.retryUndeliveredMail(later(10 * MINUTE))).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(copies(subject)).toBe(1);
  });

  it('sends each mail once when two runs race', async () => {
    refusing = true;
    const subjects = [1, 2, 3, 4, 5].map((i) => `${TAG} race ${i}`);
    for (const subject of subjects) await send(subject);
    refusing = false;
    const clock = later(2 * MINUTE);
    const [a, b] = await Promise.all([outbox.retryUndeliveredMail(clock), outbox.retryUndeliveredMail(clock)]);
    expect(a.sent + b.sent).toBe(subjects.length);
    for (const subject of subjects) expect(copies(subject)).toBe(1);
  });

  it('backs off 1, 2, 4 minutes, then gives up a day after the mail was written, keeping the error', async () => {
    refusing = true;
    const subject = `${TAG} refused`;
    await send(subject);
    const first = await row(subject);
    expect(first.error).toContain('Mailbox temporarily unavailable');

    const t2 = new Date(first.nextAttemptAt!.getTime() + 1000);
    expect(await outbox.retryUndeliveredMail(t2)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect(await row(subject)).toMatchObject({ attempts: 2, nextAttemptAt: new Date(t2.getTime() + 2 * MINUTE) });
    const t3 = new Date(t2.getTime() + 2 * MINUTE);
    expect(await outbox.retryUndeliveredMail(t3)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect(await row(subject)).toMatchObject({ attempts: 3, nextAttemptAt: new Date(t3.getTime() + 4 * MINUTE) });

    const dayLater = new Date(first.createdAt.getTime() + DAY + MINUTE);
    expect(await outbox.retryUndeliveredMail(dayLater)).toEqual({ sent: 0, failed: 0, gaveUp: 1 });
    const given = await row(subject);
    expect(given).toMatchObject({ attempts: 4, failedAt: dayLater, nextAttemptAt: null, sentAt: null });
    expect(given.error).toContain('Mailbox temporarily unavailable');
    expect(await outbox.retryUndeliveredMail(new Date(dayLater.getTime() + DAY))).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(copies(subject)).toBe(0);
    refusing = false;

    const overview = await queries.getUndeliveredMail(admin);
    expect(overview!.gaveUp).toBeGreaterThanOrEqual(1);
    expect(overview!.latestGivenUp.find((m) => m.id === given.id)).toMatchObject({ to: `${TAG}@example.com`, kind: 'test', attempts: 4 });
    expect(await queries.getUndeliveredMail({ id: randomUUID(), role: 'employer' })).toBeNull();
  });

  it('leaves the outbox alone without SMTP configured', async () => {
    refusing = true;
    const subject = `${TAG} no smtp`;
    await send(subject);
    refusing = false;
    delete process.env.SMTP_URL;
    vi.resetModules();
    const withoutSmtp: OutboxActions = await import('@/lib/mail/outbox.server');
    expect(await withoutSmtp.retryUndeliveredMail(later(DAY))).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(await row(subject)).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(copies(subject)).toBe(0);
  });
});
