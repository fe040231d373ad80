import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseHealth } from '@/lib/health/queries';
import { GET } from '@/app/api/health/route';

describe('/api/health', () => {
  const unreachable = createPrismaClient('postgresql://nobody@127.0.0.1:9/nowhere', 1);
  afterAll(() => unreachable.$disconnect());

  it('answers 200 with the database up', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('reports a database that cannot be reached, without its error text', async () => {
    const health = await getDatabaseHealth({ client: unreachable, timeoutMs: 3_000 });
    expect(health.up).toBe(false);
  });

  it('gives up on a database that does not answer in time', async () => {
    const hanging = { $queryRaw: () => new Promise<never>(() => {}) } as unknown as PrismaClient;
    const health = await getDatabaseHealth({ client: hanging, timeoutMs: 50 });
    expect(health).toEqual({ up: false, error: 'no answer within 50 ms' });
  });
});
