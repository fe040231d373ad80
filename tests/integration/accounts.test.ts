import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { authenticate } from '@/lib/accounts/credentials-queries';
import { hashPassword } from '@/lib/accounts/password';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { createToken } from '@/lib/accounts/tokens';
import { verifyEmailToken } from '@/lib/accounts/verification.server';
import { createPrismaClient } from '@/lib/db-client';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const created: string[] = [];

async function makeUser(patch: { emailVerified?: Date | null; blockedAt?: Date | null } = {}) {
  const email = `acc-${tag}-${created.length}@test.example`;
  const user = await db.user.create({
    data: { email, name: 'Test', passwordHash: await hashPassword('right-pass-123'), emailVerified: new Date(), ...patch },
  });
  created.push(user.id);
  return user;
}

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.verificationToken.deleteMany({ where: { identifier: { contains: tag } } });
  await db.$disconnect();
});

describe('authenticate (the Credentials provider check)', () => {
  it('signs in the demo employer with the right password', async () => {
    const account = DEMO_ACCOUNTS[1];
    const result = await authenticate(account.email, account.password);
    expect(result).toMatchObject({ email: account.email, role: 'employer' });
  });
  it('answers the same for a wrong password and an unknown email', async () => {
    expect(await authenticate(DEMO_ACCOUNTS[1].email, 'wrong-password-1')).toBe('invalid');
    expect(await authenticate(`nobody-${tag}@test.example`, 'wrong-password-1')).toBe('invalid');
  });
  it('refuses an unverified email and a blocked account, but only after the right password', async () => {
    const unverified = await makeUser({ emailVerified: null });
    const blocked = await makeUser({ blockedAt: new Date() });
    expect(await authenticate(unverified.email, 'right-pass-123')).toBe('unverified');
    expect(await authenticate(blocked.email, 'right-pass-123')).toBe('blocked');
    expect(await authenticate(blocked.email, 'wrong-pass-123')).toBe('invalid');
  });
});

describe('verifyEmailToken', () => {
  it('confirms the email once, and refuses the same link again', async () => {
    const user = await makeUser({ emailVerified: null });
    const { token, hash } = createToken();
    await db.verificationToken.create({ data: { identifier: user.email, token: hash, expires: new Date(Date.now() + 60_000) } });
    const [first, second] = await Promise.all([verifyEmailToken(token), verifyEmailToken(token)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
    expect(await verifyEmailToken(token)).toBe(false);
  });
  it('refuses expired, unknown and malformed tokens', async () => {
    const user = await makeUser({ emailVerified: null });
    const { token, hash } = createToken();
    await db.verificationToken.create({ data: { identifier: user.email, token: hash, expires: new Date(Date.now() - 1_000) } });
    expect(await verifyEmailToken(token)).toBe(false);
    expect(await verifyEmailToken(createToken().token)).toBe(false);
    for (const bad of ['', '../../etc/passwd', 'x'.repeat(500), "' OR 1=1 --"]) expect(await verifyEmailToken(bad)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
  });
});

describe('rate limits', () => {
  it('allow five mails per email in an hour, then refuse', async () => {
    const subject = `limit-${tag}@test.example`;
    const results: boolean[] = [];
    for (let i = 0; i < 7; i++) results.push(await withinLimits([['mailEmail', subject]]));
    expect(results).toEqual([true, true, true, true, true, false, false]);
    // Another email is not affected.
    expect(await withinLimits([['mailEmail', `other-${subject}`]])).toBe(true);
  });
  it('count concurrent attempts exactly (counters live in PostgreSQL)', async () => {
    const subject = `burst-${tag}@test.example`;
    const results = await Promise.all(Array.from({ length: 12 }, () => withinLimits([['mailEmail', subject]])));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});
