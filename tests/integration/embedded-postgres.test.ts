import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/db/embedded';
import { freePort } from '../support/free-port';
import { applyMigrations, ROOT } from '../../scripts/db/schema-engine';
import { seedDemo } from '../../prisma/seed/seed';

// The path `npm run dev` takes when DATABASE_URL is unset, on a throwaway data directory.
describe('embedded PostgreSQL', () => {
  const dir = path.join(ROOT, '.data', `embedded-test-${randomBytes(4).toString('hex')}`);
  const dataDir = path.join(dir, 'postgres');
  let server: EmbeddedServer | undefined;

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts, migrates, seeds, answers queries, stops, and keeps its data for the next start', async () => {
    await mkdir(dir, { recursive: true });
    const port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port });
    expect(server.owned).toBe(true);

    expect(await applyMigrations(server.url())).not.toHaveLength(0);
    const summary = await seedDemo(server.url(), { vacancies: 40, quiet: true });
    expect(summary.vacancies).toBe(40);

    const db = createPrismaClient(server.url(), 2);
    try {
      const published = await db.vacancy.count({ where: { status: 'published' } });
      expect(published).toBeGreaterThan(0);
    } finally {
      await db.$disconnect();
    }
    await server.stop();

    // A second start reuses the data directory: no init, migrations already applied, data still there.
    server = await startEmbeddedPostgres({ dataDir, port });
    expect(await applyMigrations(server.url())).toEqual([]);
    const again = createPrismaClient(server.url(), 1);
    try {
      expect(await again.vacancy.count()).toBe(40);
    } finally {
      await again.$disconnect();
    }
  });
});
