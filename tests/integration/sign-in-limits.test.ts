import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '@/lib/accounts/password';
import { admitSignInAttempt, recordSignIn } from '@/lib/accounts/sign-in-limit.server';
import { createPrismaClient } from '@/lib/db-client';

// The limits inside the credentials check (lib/auth.ts authorize): tests/e2e/auth-hardening.spec.ts drives
// the same through Auth.js's own endpoint over HTTP.
const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const created: string[] = [];
let n = 0;
const address = () => `198.51.${Math.floor(n / 250) % 250}.${(n++ % 250) + 1}`;

async function makeUser() {
  const user = await db.user.create({
    data: { email: `limits-${tag}-${created.length}@test.example`, name: 'Test', passwordHash: await hashPassword('right-pass-123'), emailVerified: new Date() },
  });
  created.push(user.id);
  return user;
}

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: tag } } });
  await db.$disconnect();
});

const admitted = async (email: string, from: string, times: number) => {
  const results: boolean[] = [];
  for (let i = 0; i < times; i++) results.push((await admitSignInAttempt(email, from)).ok);
  return results;
};

describe('sign-in limits', () => {
  it('refuse a sixth guess from the same address at the same account, saying when to come back', async () => {
    const user = await makeUser();
    const from = address();
    expect(await admitted(user.email, from, 6)).toEqual([true, true, true, true, true, false]);
    const gate = await admitSignInAttempt(user.email, from);
    expect(gate.ok).toBe(false);
    if (!gate.ok) expect(gate.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it('refuse unknown addresses after 20 guesses at one account, but not the owner from an address they used', async () => {
    const user = await makeUser();
    const home = address();
    // The owner signed in from home before.
    expect((await admitSignInAttempt(user.email, home)).ok).toBe(true);
    await recordSignIn(user.id, user.email, home);
    // 25 guesses spread over many addresses (each pair stays under its own limit).
    const spread = await Promise.all(Array.from({ length: 25 }, () => admitSignInAttempt(user.email, address())));
    expect(spread.filter((g) => g.ok)).toHaveLength(20);
    expect((await admitSignInAttempt(user.email, address())).ok).toBe(false);
    expect((await admitSignInAttempt(user.email, home)).ok).toBe(true);
  });

  it('refuse one address trying many accounts after 40 attempts', async () => {
    const from = address();
    const results = await Promise.all(Array.from({ length: 45 }, (_, i) => admitSignInAttempt(`nobody-${tag}-${i}@test.example`, from)));
    expect(results.filter((g) => g.ok)).toHaveLength(40);
  });

  it('count concurrent guesses exactly (counted before the password is checked)', async () => {
    const user = await makeUser();
    const from = address();
    const results = await Promise.all(Array.from({ length: 12 }, () => admitSignInAttempt(user.email, from)));
    expect(results.filter((g) => g.ok)).toHaveLength(5);
  });

  it('count only wrong guesses against the account: 30 correct sign-ins in a row all go through', async () => {
    const user = await makeUser();
    for (let i = 0; i < 30; i++) {
      const from = address();
      expect((await admitSignInAttempt(user.email, from)).ok).toBe(true);
      await recordSignIn(user.id, user.email, from);
    }
  });

  it('forget a pair’s mistakes after a correct password', async () => {
    const user = await makeUser();
    const from = address();
    expect(await admitted(user.email, from, 4)).toEqual([true, true, true, true]);
    await recordSignIn(user.id, user.email, from);
    expect(await admitted(user.email, from, 5)).toEqual([true, true, true, true, true]);
  });
});
