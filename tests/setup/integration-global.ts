import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { createTestDatabase } from '../../scripts/db/test-database';
import { seedDemo } from '../../prisma/seed/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// `npm test` prepares one database for the whole run and passes TEST_DATABASE_URL;
// a bare `npx vitest` makes its own fresh database and drops it afterwards.
export default async function setup(project: TestProject) {
  const prepared = process.env.TEST_DATABASE_URL;
  if (prepared) {
    project.provide('databaseUrl', prepared);
    return;
  }
  const database = await createTestDatabase();
  await applyMigrations(database.url);
  await seedDemo(database.url, { quiet: true });
  project.provide('databaseUrl', database.url);
  return async () => {
    if (!process.env.KEEP_TEST_DB) await database.drop();
  };
}
