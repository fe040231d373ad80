// Bulk loading for the seed: several connections copying in parallel, triggers skipped where the role
// may do so (the seed writes the columns they derive itself), secondary indexes dropped for the load and
// rebuilt after it, exactly as they were defined.
import pg from 'pg';
import { copyInto } from './copy';

/** One COPY: a table, its columns and the COPY-text buffers. */
export type CopyPart = { table: string; columns: readonly string[]; chunks: Buffer[] };
/** Parts copied one after the other on one connection (parents before children). */
export type LoadJob = { parts: CopyPart[]; rows: number };

export type Loader = {
  /** Whether triggers (and with them foreign-key checks) are skipped: needs a superuser. */
  readonly triggersSkipped: boolean;
  readonly clients: readonly pg.ClientBase[];
  /** Queues a job; waits while enough jobs are already queued (bounded memory). */
  push: (job: LoadJob) => Promise<void>;
  /** Waits for every queued job; rejects with the first failure. */
  drain: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Session settings for loading: `session_replication_role = replica` turns off user triggers and the
 * foreign-key triggers for this session only (nothing to restore if the process dies), but only a
 * superuser may set it. Returns whether it was set.
 */
async function prepareSession(client: pg.ClientBase): Promise<boolean> {
  // Commits wait for nothing: a seed that dies is rerun anyway.
  await client.query('SET synchronous_commit = off');
  try {
    await client.query('SET session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

export async function openLoader(
  databaseUrl: string,
  connections: number,
  options: { onJobDone?: (job: LoadJob) => void; reuse?: pg.ClientBase } = {},
): Promise<Loader> {
  const own: pg.Client[] = [];
  const clients: pg.ClientBase[] = options.reuse ? [options.reuse] : [];
  while (clients.length < connections) {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'chatshift-seed' });
    await client.connect();
    own.push(client);
    clients.push(client);
  }
  const skipped = await Promise.all(clients.map(prepareSession));
  const triggersSkipped = skipped.every(Boolean);
  // All or none: a mix would fill languageCodes twice on some connections.
  if (!triggersSkipped) await Promise.all(clients.map((c) => c.query('SET session_replication_role = DEFAULT').catch(() => {})));

  const queue: LoadJob[] = [];
  const waiting: (() => void)[] = [];
  let failure: unknown = null;
  let closed = false;
  let wake: (() => void)[] = [];

  const workers = clients.map(async (client) => {
    for (;;) {
      const job = queue.shift();
      waiting.shift()?.();
      if (!job) {
        if (closed) return;
        await new Promise<void>((resolve) => wake.push(resolve));
        continue;
      }
      if (failure) continue;
      try {
        for (const part of job.parts) if (part.chunks.length) await copyInto(client, part.table, part.columns, part.chunks);
        options.onJobDone?.(job);
      } catch (err) {
        failure ??= err;
      }
    }
  });
  const notify = () => {
    const w = wake;
    wake = [];
    for (const resolve of w) resolve();
  };

  return {
    triggersSkipped,
    clients,
    async push(job) {
      if (failure) throw failure;
      queue.push(job);
      notify();
      // Two jobs waiting per connection keep every connection busy while the next batch is built.
      while (queue.length > clients.length * 2) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    async drain() {
      closed = true;
      notify();
      await Promise.all(workers);
      if (failure) throw failure;
    },
    async close() {
      closed = true;
      notify();
      await Promise.allSettled(workers);
      await Promise.all(own.map((c) => c.end().catch(() => {})));
    },
  };
}

export type IndexDef = { name: string; table: string; sql: string };

// Kept on the table's comment while the indexes are missing, so the next seed rebuilds them even if
// this one is killed between the drop and the rebuild.
const MARKER = 'chatshift-seed:dropped-indexes:';
const MARKER_TABLE = 'vacancies';

type Marker = { indexes: IndexDef[]; comment: string | null };

async function readMarker(client: pg.ClientBase): Promise<Marker | null> {
  const { rows } = await client.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`, [`"${MARKER_TABLE}"`]);
  const comment = rows[0]?.comment ?? null;
  return comment?.startsWith(MARKER) ? (JSON.parse(comment.slice(MARKER.length)) as Marker) : null;
}

async function writeComment(client: pg.ClientBase, text: string | null): Promise<void> {
  await client.query(`COMMENT ON TABLE "${MARKER_TABLE}" IS ${text === null ? 'NULL' : client.escapeLiteral(text)}`);
}

/**
 * Drops the secondary indexes of `tables` (not primary keys or indexes behind constraints) and returns
 * their definitions as PostgreSQL prints them (pg_get_indexdef), which recreate them exactly. Run it in
 * a transaction, so the marker and the drops commit together.
 */
export async function dropIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<IndexDef[]> {
  const { rows } = await client.query<IndexDef>(
    `SELECT i.relname AS name, t.relname AS "table", pg_get_indexdef(x.indexrelid) AS sql
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
       AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY pg_relation_size(x.indexrelid) DESC, i.relname`,
    [tables],
  );
  if (!rows.length) return [];
  const previous = await readMarker(client);
  const { rows: commentRows } = await client.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`, [`"${MARKER_TABLE}"`]);
  const marker: Marker = { indexes: [...(previous?.indexes ?? []), ...rows], comment: previous ? previous.comment : (commentRows[0]?.comment ?? null) };
  await writeComment(client, MARKER + JSON.stringify(marker));
  for (const index of rows) await client.query(`DROP INDEX IF EXISTS "${index.name}"`);
  return rows;
}

/** Builds the indexes over the given connections, biggest first; then clears the marker. */
export async function rebuildIndexes(
  clients: readonly pg.ClientBase[],
  indexes: readonly IndexDef[],
  onBuilt: (index: IndexDef) => void = () => {},
): Promise<void> {
  const queue = [...indexes];
  await Promise.all(clients.map(async (client) => {
    // Room for the GIN build of the search vectors to sort in memory rather than in many passes.
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (let index = queue.shift(); index; index = queue.shift()) {
      const exists = await client.query('SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = current_schema()::regnamespace', [index.name]);
      if (!exists.rowCount) await client.query(index.sql);
      onBuilt(index);
    }
    await client.query('RESET maintenance_work_mem');
  }));
  const marker = await readMarker(clients[0]!);
  if (marker) await writeComment(clients[0]!, marker.comment);
}

/** Rebuilds what an interrupted seed left dropped (see MARKER). */
export async function repairIndexes(client: pg.ClientBase): Promise<number> {
  const marker = await readMarker(client);
  if (!marker) return 0;
  await rebuildIndexes([client], marker.indexes);
  return marker.indexes.length;
}
