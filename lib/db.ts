import 'server-only';
import { createPrismaClient } from '@/lib/db-client';
import { env } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const globalForDb = globalThis as unknown as { chatshiftDb?: PrismaClient };

function getClient(): PrismaClient {
  if (globalForDb.chatshiftDb) return globalForDb.chatshiftDb;
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` (they run the embedded PostgreSQL), or set DATABASE_URL.',
    );
  }
  // Kept on globalThis so hot reloads in development reuse one pool.
  globalForDb.chatshiftDb = createPrismaClient(env.DATABASE_URL);
  return globalForDb.chatshiftDb;
}

/** The one door to the database: import it only from lib/<domain>/queries.ts and actions.ts. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so `next build` and pages without data work without a database.
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});
