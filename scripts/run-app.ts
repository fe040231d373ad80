// `npm run dev` / `npm start`: the database first (DATABASE_URL, or the embedded server with demo
// data on first start), then Next.js; Ctrl-C stops Next and then the database, cleanly.
import './load-env';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { startEmbeddedPostgres } from './db/embedded';
import { applyMigrations, ROOT } from './db/schema-engine';
import { migrationUrl } from './db/with-database';
import { DEMO_ACCOUNTS, seedDemo } from '../prisma/seed/seed';
import { connectionsNeeded, parseWebConcurrency } from './server/concurrency';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM companies');
    return rows[0]?.n === '0';
  } finally {
    await client.end();
  }
}

/** `npm start` runs one process per core, each with its own pool: say so when the server cannot take them all. */
async function checkConnectionBudget(url: string) {
  const concurrency = parseWebConcurrency(process.env.WEB_CONCURRENCY);
  if (!concurrency.ok) return; // scripts/server.ts refuses it with the message
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ max: string; reserved: string }>(
      "SELECT current_setting('max_connections') AS max, current_setting('superuser_reserved_connections') AS reserved",
    );
    const available = Number(rows[0]?.max) - Number(rows[0]?.reserved);
    const needed = connectionsNeeded(concurrency.workers);
    if (needed > available) {
      console.warn(`▲ ${concurrency.workers} processes may open ${needed} database connections; PostgreSQL takes ${available}. Lower WEB_CONCURRENCY or raise max_connections (docs/decisions/021-every-core.md).`);
    }
  } finally {
    await client.end();
  }
}

/** Sessions need a secret; without AUTH_SECRET a local one is made once and kept in .data/. */
async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(ROOT, '.data', 'auth-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  if (mode === 'start') console.warn('▲ AUTH_SECRET is not set: using a generated one from .data/auth-secret. Set it in production.');
  return secret;
}

async function main() {
  const secret = await authSecret();
  let url = process.env.DATABASE_URL;
  let stopDatabase = async () => {};
  if (!url) {
    const t = performance.now();
    const server = await startEmbeddedPostgres();
    url = server.url();
    stopDatabase = server.stop;
    console.log(`▲ Embedded PostgreSQL ${server.owned ? 'started' : 'already running'} (.data/postgres) in ${Math.round(performance.now() - t)} ms`);
  }
  try {
    const applied = await applyMigrations(migrationUrl(url));
    if (applied.length) console.log(`▲ Applied migrations: ${applied.join(', ')}`);
    if (!process.env.DATABASE_URL && (await isEmpty(url))) {
      const s = await seedDemo(url, { quiet: true });
      console.log(`▲ Loaded demo data: ${s.vacancies} vacancies, ${s.companies} companies (${s.ms} ms). Demo accounts:`);
      for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
    }
    if (mode === 'start') await checkConnectionBudget(url);
  } catch (err) {
    await stopDatabase();
    throw err;
  }

  // scripts/server.ts: Next.js behind the layer that decides the client's address (decision 012); with
  // `start`, one process per core (decision 021). It exits only after all of them have, then the database stops.
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'scripts', 'server.ts'), mode, ...process.argv.slice(3)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: secret },
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  child.on('exit', (code) => {
    void stopDatabase().finally(() => process.exit(code ?? 0));
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
