import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded';
import { ROOT } from './schema-engine';
import path from 'node:path';

export type TestDatabase = { url: string; drop: () => Promise<void> };

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, empty database for one test run: on DATABASE_URL's server when set (CI, your own
 * PostgreSQL — its own database is never touched), otherwise on an embedded server kept in .data/test-postgres.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  const server = base
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(ROOT, '.data', 'test-postgres'),
        port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339),
      });
  const adminUrl = base ? withDatabaseName(base, 'postgres') : server!.url('postgres');
  const name = `chatshift_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  return {
    url: withDatabaseName(adminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      if (server?.owned) await server.stop();
    },
  };
}
