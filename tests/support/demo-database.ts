// A database of a test file's own, migrated and filled with the demo data, for files that compare whole
// result sets (other files publish vacancies into the shared one while they run).
import { createPrismaClient } from '@/lib/db-client';
import { seedDemo } from '../../prisma/seed/seed';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { createTestDatabase } from '../../scripts/db/test-database';

export type DemoDatabase = { url: string; db: ReturnType<typeof createPrismaClient>; close: () => Promise<void> };

/**
 * Call in beforeAll; import app modules that read DATABASE_URL (lib/db) only after it. `close` in afterAll
 * disconnects both clients and drops the database.
 */
export async function openDemoDatabase(): Promise<DemoDatabase> {
  const database = await createTestDatabase();
  await applyMigrations(database.url);
  await seedDemo(database.url, { quiet: true });
  const db = createPrismaClient(database.url, 2);
  // The app's client reads DATABASE_URL when lib/env.ts is first imported: only now, for this file's worker.
  process.env.DATABASE_URL = database.url;
  return {
    url: database.url,
    db,
    close: async () => {
      await db.$disconnect();
      const { db: appDb } = await import('@/lib/db');
      await appDb.$disconnect();
      await database.drop();
    },
  };
}
