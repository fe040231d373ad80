import { randomUUID } from 'node:crypto';
import { afterAll, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { cleanUpExpiredRows } from '@/lib/jobs/housekeeping.server';

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `house-${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: TAG } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: TAG } } });
  await db.outboxMail.deleteMany({ where: { kind: TAG } });
  await db.$disconnect();
});

it('removes expired limit counters, ended sessions, year-old sign-in addresses and old delivered mail, and keeps the rest', async () => {
  const now = new Date();
  const user = await db.user.create({ data: { email: `${TAG}@example.com`, name: 'Test' }, select: { id: true } });
  await db.rateLimit.createMany({
    data: [
      { key: `${TAG}:old`, points: 9, expire: new Date(now.getTime() - 1000) },
      { key: `${TAG}:live`, points: 1, expire: new Date(now.getTime() + 60_000) },
    ],
  });
  await db.session.createMany({
    data: [
      { sessionToken: `${TAG}-ended`, userId: user.id, expires: new Date(now.getTime() - 1000) },
      { sessionToken: `${TAG}-live`, userId: user.id, expires: new Date(now.getTime() + DAY) },
    ],
  });
  await db.signInAddress.createMany({
    data: [
      { userId: user.id, addressHash: `${TAG}-stale`, lastSeenAt: new Date(now.getTime() - 400 * DAY) },
      { userId: user.id, addressHash: `${TAG}-recent`, lastSeenAt: new Date(now.getTime() - 10 * DAY) },
    ],
  });

  await db.outboxMail.createMany({
    data: [
      { to: `${TAG}@example.com`, subject: 'old', text: '-', kind: TAG, sentAt: new Date(now.getTime() - 100 * DAY) },
      { to: `${TAG}@example.com`, subject: 'gave-up', text: '-', kind: TAG, failedAt: new Date(now.getTime() - 100 * DAY) },
      { to: `${TAG}@example.com`, subject: 'recent', text: '-', kind: TAG, sentAt: new Date(now.getTime() - 10 * DAY) },
      { to: `${TAG}@example.com`, subject: 'waiting', text: '-', kind: TAG },
    ],
  });

  const removed = await cleanUpExpiredRows(now);
  expect(removed.rateLimits).toBeGreaterThanOrEqual(1);
  expect(removed.sessions).toBeGreaterThanOrEqual(1);
  expect(removed.signInAddresses).toBeGreaterThanOrEqual(1);
  expect((await db.rateLimit.findMany({ where: { key: { startsWith: TAG } } })).map((r) => r.key)).toEqual([`${TAG}:live`]);
  expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.sessionToken)).toEqual([`${TAG}-live`]);
  expect((await db.signInAddress.findMany({ where: { userId: user.id } })).map((a) => a.addressHash)).toEqual([`${TAG}-recent`]);
  expect((await db.outboxMail.findMany({ where: { kind: TAG }, orderBy: { subject: 'asc' } })).map((m) => m.subject)).toEqual(['recent', 'waiting']);
});
