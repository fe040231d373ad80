import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { noteDatabaseError } from '@/lib/health/unavailable';

const CONNECT_TIMEOUT_MS = 3_000;

// pg-pool applies its own connectionTimeoutMillis to the wait for a free client too, which would fail busy
// moments (store() lets candidates queue for 15 s); on each new connection it only makes a dead server fail fast.
function fastFailClient(timeoutMs: number): typeof pg.Client {
  return class FastFailClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: timeoutMs });
    }
  };
}

export type PrismaClientOptions = {
  /** Give up on a new connection after this long (3 s; replicas use less, the primary is their fallback). */
  connectTimeoutMs?: number;
  /** Report unreachable-database errors to the outage state (503 pages); off for replicas, whose loss is not an outage. */
  noteOutages?: boolean;
};

/** A Prisma client over node-postgres; the app's single instance lives in lib/db.ts, scripts make their own. */
export function createPrismaClient(connectionString: string, poolSize = 10, options: PrismaClientOptions = {}): PrismaClient {
  const { connectTimeoutMs = CONNECT_TIMEOUT_MS, noteOutages = true } = options;
  const onError = noteOutages ? noteDatabaseError : () => {};
  // Connections the server dropped leave the pool on their 'error' event and new ones are made on demand,
  // so the client recovers by itself when the database comes back (tests/integration/db-outage.test.ts).
  // Keep-alive lets idle connections survive NAT and firewall idle cuts, and lets the OS notice a vanished peer.
  const adapter = new PrismaPg(
    { connectionString, max: poolSize, idleTimeoutMillis: 10_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000, Client: fastFailClient(connectTimeoutMs) },
    { onPoolError: onError, onConnectionError: onError },
  );
  const client = new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (err) {
          onError(err);
          throw err;
        }
      },
    },
  });
  // The extension only observes, so the type stays PrismaClient (extended clients drop only $on, unused here).
  return client as unknown as PrismaClient;
}
