// Which errors mean "the database cannot be reached right now", and when one was last seen. No imports:
// lib/db-client.ts (scripts too) and proxy.ts both load it. Shapes seen by stopping a real server:
// tests/integration/db-outage.test.ts.

// Can't reach server, timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, crashed, cannot connect now).
const SQLSTATE = /^(08...|57P0[123])$/;
// node-postgres reports a lost or timed-out connection as a plain Error with only a message.
const PG_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout expired)/;

type Inspectable = { code?: unknown; errorCode?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** True for an error that says the database is unreachable or going away, as opposed to a bad query. */
export function isDatabaseUnavailableError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  const e = err as Inspectable;
  const codes = [e.code, e.errorCode, e.originalCode].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => PRISMA_CODES.has(c) || SOCKET_CODES.has(c) || SQLSTATE.test(c))) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (err instanceof Error && PG_MESSAGES.test(err.message)) return true;
  // Prisma wraps the adapter's error in `meta`, the adapter puts pg's fields in `cause`.
  return isDatabaseUnavailableError(e.cause, depth + 1) || isDatabaseUnavailableError(e.meta?.driverAdapterError, depth + 1);
}

type OutageState = { since: number | null; probedAt: number; probe: Promise<boolean> | null };

// On globalThis: proxy.ts and the route bundles are separate module graphs in one process.
const store = globalThis as unknown as { chatshiftDatabaseOutage?: OutageState };
export const outageState: OutageState = (store.chatshiftDatabaseOutage ??= { since: null, probedAt: 0, probe: null });

/** Called wherever database errors surface; remembers an outage so proxy.ts can answer 503 until it ends. */
export function noteDatabaseError(err: unknown): void {
  if (!isDatabaseUnavailableError(err) || outageState.since !== null) return;
  outageState.since = Date.now();
  // The server log only: the message can name the host.
  console.error(`[db] database unavailable, answering 503 until it is back: ${err instanceof Error ? err.message.trim().split('\n').at(-1) : String(err)}`);
}
