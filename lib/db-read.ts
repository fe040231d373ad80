import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/db-client';
import { formatLsn, parseLsn, raiseWriteFence, WRITE_FENCE_COOKIE, WRITE_FENCE_TTL_S, writeFenceState, writeFenceToken, type Lsn } from '@/lib/db-fence';
import { env } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isDatabaseUnavailableError } from '@/lib/health/unavailable';

// Public reads from streaming replicas (docs/decisions/022-read-replicas.md). A replica serves a read when it is
// reachable, has replayed up to the write fence (lib/db-fence.ts) and misses no commit older than MAX_LAG_MS;
// otherwise the primary does. Positions are polled lazily, while reads arrive, so idle processes send nothing.

const POLL_MS = 500;
/** Polled positions older than this are not trusted (the read goes to the primary and a poll starts). */
const STALE_MS = 2_000;
/** A replica that has not replayed what the primary had written this long ago is skipped. */
const MAX_LAG_MS = 5_000;
/** An unreachable replica is probed again after this long. */
const RETRY_DOWN_MS = 5_000;
const PROBE_TIMEOUT_MS = 1_000;
const REPLICA_POOL_SIZE = 10;

type Replica = {
  /** host:port/database, for logs (never the password). */
  name: string;
  url: string;
  client: PrismaClient | null;
  probe: pg.Pool;
  replayLsn: Lsn | null;
  checkedAt: number;
  /** Unreachable (or promoted) when last tried; probed again after downUntil. */
  down: boolean;
  downUntil: number;
};

type Router = {
  replicas: Replica[];
  primaryProbe: pg.Pool;
  /** The primary's position over the last MAX_LAG_MS and a little more: what "lag" is measured against. */
  samples: { at: number; lsn: Lsn }[];
  polledAt: number;
  polling: Promise<void> | null;
  turn: number;
};

const probePool = (connectionString: string) => {
  const pool = new pg.Pool({
    connectionString, max: 1, idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS, application_name: 'chatshift-replica-probe',
  });
  pool.on('error', () => {}); // a probe connection lost while idle: the next probe reconnects
  return pool;
};

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'replica';
  }
}

// One router per process, on globalThis so hot reloads in development reuse its pools.
const store = globalThis as unknown as { chatshiftReadRouter?: Router | null };

function router(): Router | null {
  if (store.chatshiftReadRouter !== undefined) return store.chatshiftReadRouter;
  if (!env.DATABASE_REPLICA_URLS.length || !env.DATABASE_URL) return (store.chatshiftReadRouter = null);
  return (store.chatshiftReadRouter = {
    replicas: env.DATABASE_REPLICA_URLS.map((url) => ({
      name: describe(url), url, client: null, probe: probePool(url), replayLsn: null, checkedAt: 0, down: false, downUntil: 0,
    })),
    primaryProbe: probePool(env.DATABASE_URL),
    samples: [],
    polledAt: 0,
    polling: null,
    turn: 0,
  });
}

function markDown(replica: Replica, err: unknown): void {
  replica.downUntil = Date.now() + RETRY_DOWN_MS;
  replica.replayLsn = null;
  if (replica.down) return;
  replica.down = true;
  const reason = err instanceof Error ? err.message.trim().split('\n').at(-1) : String(err);
  console.warn(`[db] replica ${replica.name} unavailable, its reads go to the primary (retried every ${RETRY_DOWN_MS / 1000} s): ${reason}`);
}

async function probeReplica(replica: Replica, now: number): Promise<void> {
  if (replica.downUntil > now) return;
  try {
    const { rows } = await replica.probe.query<{ standby: boolean; lsn: string | null }>(
      'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn',
    );
    const row = rows[0];
    // A promoted replica has a history of its own: it is no longer a copy of this primary.
    if (!row?.standby) return markDown(replica, new Error('not in recovery (promoted?)'));
    replica.replayLsn = parseLsn(row.lsn);
    replica.checkedAt = now;
    if (replica.down) console.info(`[db] replica ${replica.name} is back`);
    replica.down = false;
  } catch (err) {
    markDown(replica, err);
  }
}

async function poll(r: Router): Promise<void> {
  const now = Date.now();
  // The primary first: a replica at or past this position has every commit made before this poll.
  try {
    const { rows } = await r.primaryProbe.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    const lsn = parseLsn(rows[0]?.lsn);
    if (lsn !== null) r.samples.push({ at: now, lsn });
  } catch {
    // The primary's own outage handling (decision 015) speaks for it; without samples no replica is fresh.
  }
  const keepFrom = now - MAX_LAG_MS - STALE_MS;
  while (r.samples.length > 1 && r.samples[1]!.at <= keepFrom) r.samples.shift();
  await Promise.all(r.replicas.map((replica) => probeReplica(replica, now)));
}

function startPoll(r: Router): void {
  if (r.polling) return;
  r.polledAt = Date.now();
  r.polling = poll(r).finally(() => {
    r.polling = null;
  });
}

/** What the primary had written MAX_LAG_MS before `at` (or the oldest position known): a fresh replica has it. */
function lagFloor(r: Router, at: number): Lsn | null {
  let floor: { at: number; lsn: Lsn } | null = null;
  for (const s of r.samples) {
    if (floor === null || s.at <= at - MAX_LAG_MS) floor = s;
    else break;
  }
  if (!floor) return null;
  // After an idle spell the only sample before the window can be minutes old and says nothing about the last
  // MAX_LAG_MS: until the samples cover it again, a replica must have what the primary had at the last poll.
  if (floor.at < at - MAX_LAG_MS - STALE_MS) return r.samples.at(-1)!.lsn;
  return floor.lsn;
}

/** Reachable, checked lately, and missing nothing older than MAX_LAG_MS. */
function fresh(r: Router, replica: Replica, now: number): boolean {
  if (replica.downUntil > now || replica.replayLsn === null || now - replica.checkedAt > STALE_MS) return false;
  const floor = lagFloor(r, replica.checkedAt);
  return floor !== null && replica.replayLsn >= floor;
}

const usable = (r: Router, replica: Replica, now: number) => fresh(r, replica, now) && replica.replayLsn! >= writeFenceState.lsn;

function pickReplica(r: Router): Replica | null {
  const now = Date.now();
  const candidates = r.replicas.filter((replica) => usable(r, replica, now));
  // Poll on schedule, and sooner while a fresh replica waits only for a write, so reads return to it as soon as it has it.
  const waitingForFence = !candidates.length && r.replicas.some((replica) => fresh(r, replica, now));
  if (now - r.polledAt >= POLL_MS || (waitingForFence && now - r.polledAt >= 50)) startPoll(r);
  if (!candidates.length) return null;
  return candidates[r.turn++ % candidates.length] ?? null;
}

function clientOf(replica: Replica): PrismaClient {
  replica.client ??= createPrismaClient(replica.url, REPLICA_POOL_SIZE, { connectTimeoutMs: PROBE_TIMEOUT_MS, noteOutages: false });
  return replica.client;
}

type Inspectable = { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** A standby cancels a query whose rows its WAL replay must remove (SQLSTATE 40001): the primary can answer it. */
function isRecoveryConflict(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  const e = err as Inspectable;
  if ((e.code === '40001' || e.originalCode === '40001') && /conflict with recovery/i.test(String(e.message))) return true;
  return isRecoveryConflict(e.cause, depth + 1) || isRecoveryConflict(e.meta?.driverAdapterError, depth + 1);
}

type Pin = { replica: Replica | null };
const pins = new AsyncLocalStorage<Pin>();

async function runRead<T>(operation: (client: PrismaClient) => PromiseLike<T>): Promise<T> {
  const r = router();
  const pin = pins.getStore();
  const replica = pin ? pin.replica : r && pickReplica(r);
  if (!replica) return operation(db);
  try {
    return await operation(clientOf(replica));
  } catch (err) {
    if (isDatabaseUnavailableError(err)) markDown(replica, err);
    else if (!isRecoveryConflict(err)) throw err;
    // The rest of a pinned read follows to the primary: its data may then be newer than what it read first, never older.
    if (pin) pin.replica = null;
    return operation(db);
  }
}

/**
 * Runs `read` with every readDb call in it on one server, so what it reads first (a cache's version, say)
 * is never newer than what it reads next: a replica only moves forward. Nested calls share the outer pin.
 */
export function readPinned<T>(read: () => Promise<T>): Promise<T> {
  const r = router();
  if (!r || pins.getStore()) return read();
  return pins.run({ replica: pickReplica(r) }, read);
}

const READ_METHODS = ['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy'] as const;
type ReadMethod = (typeof READ_METHODS)[number];
type ModelName = { [K in keyof PrismaClient]: K extends `$${string}` ? never : K extends string ? K : never }[keyof PrismaClient];

/** The read half of the client: model reads and raw queries, nothing that writes or opens a transaction. */
export type ReadDb = { [M in ModelName]: Pick<PrismaClient[M], ReadMethod & keyof PrismaClient[M]> } & Pick<PrismaClient, '$queryRaw' | '$queryRawUnsafe'>;

type AnyFunction = (...args: unknown[]) => PromiseLike<unknown>;

/**
 * Public reads (catalogue, search, facets, sitemap, feeds, open API): a replica when one is fresh enough,
 * else the primary; the primary alone without DATABASE_REPLICA_URLS. Employer and admin pages, and
 * everything that writes, use `db`. Its calls are plain promises: never pass them to `db.$transaction([...])`.
 */
export const readDb: ReadDb = new Proxy({} as ReadDb, {
  get(_target, property) {
    if (property === '$queryRaw' || property === '$queryRawUnsafe') {
      return (...args: unknown[]) => runRead((client) => (client[property] as AnyFunction)(...args));
    }
    if (typeof property !== 'string' || property.startsWith('$') || property === 'then') return undefined;
    const model = property as ModelName;
    return new Proxy({}, {
      get(_model, method) {
        if (!READ_METHODS.includes(method as ReadMethod)) return undefined;
        return (args?: unknown) => runRead((client) => (client[model] as unknown as Record<string, AnyFunction>)[method as ReadMethod]!(args));
      },
    });
  },
});

/**
 * Call after a write whose result the writer will look for on a public page (an employer's edit, an admin's
 * decision): this process skips replicas until they have it, and the browser's cookie (server actions and
 * route handlers) makes every app server do so for its next requests (proxy.ts adopts it). No-op without replicas.
 */
export async function notePrimaryWrite(): Promise<void> {
  if (!router()) return;
  const rows = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  const lsn = parseLsn(rows[0]?.lsn);
  if (lsn === null) return;
  raiseWriteFence(lsn);
  try {
    const { cookies } = await import('next/headers');
    (await cookies()).set(WRITE_FENCE_COOKIE, writeFenceToken(lsn), {
      httpOnly: true, sameSite: 'lax', path: '/', maxAge: WRITE_FENCE_TTL_S, secure: env.SITE_URL.startsWith('https:'),
    });
  } catch {
    // Outside a server action or route handler (jobs, scripts): the process fence above is what there is.
  }
}

export type ReplicaStatus = { name: string; usable: boolean; down: boolean; replayLsn: string | null; checkedAgoMs: number | null };

/** For health output and tests: each replica's state as this process last saw it. */
export function replicaStatus(): ReplicaStatus[] {
  const r = router();
  if (!r) return [];
  const now = Date.now();
  return r.replicas.map((replica) => ({
    name: replica.name,
    usable: usable(r, replica, now),
    down: replica.down,
    replayLsn: replica.replayLsn === null ? null : formatLsn(replica.replayLsn),
    checkedAgoMs: replica.checkedAt ? now - replica.checkedAt : null,
  }));
}

/**
 * Runs `read` with every readDb call in it on the primary: for work that must not miss a recent commit, such
 * as a job that records how far it has looked (job alerts' `coveredUntil`).
 */
export function readOnPrimary<T>(read: () => Promise<T>): Promise<T> {
  if (!router()) return read();
  return pins.run({ replica: null }, read);
}

/** Waits for one poll of replica positions (tests; a process that wants replicas from its first read). */
export async function refreshReplicaStatus(): Promise<void> {
  const r = router();
  if (!r) return;
  if (r.polling) await r.polling;
  startPoll(r);
  await r.polling;
}

/** Closes replica pools (tests, scripts that exit). */
export async function closeReplicas(): Promise<void> {
  const r = store.chatshiftReadRouter;
  store.chatshiftReadRouter = undefined;
  if (!r) return;
  await Promise.all([r.primaryProbe.end(), ...r.replicas.flatMap((x) => [x.probe.end(), x.client?.$disconnect()])]);
}
