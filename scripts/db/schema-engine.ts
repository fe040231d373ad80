// Drives Prisma's own schema engine compiled to WebAssembly, so migrations work on machines that
// cannot download the native engine (docs/decisions/002-offline-prisma-migrations.md).
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SCHEMA_PATH = path.join(ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');

const NO_FILTER = { externalTables: [], externalEnums: [] };

let initialized: Promise<void> | undefined;

function initWasm(): Promise<void> {
  initialized ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': engineBindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    (engineBindings as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return initialized;
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, 'utf8');
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  const lock = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: lock },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => {
        const content = await readFile(path.join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8')
          .then((value) => ({ tag: 'ok' as const, value }))
          .catch((err: Error) => ({ tag: 'error' as const, value: err.message }));
        return { path: dir, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory, log = false): Promise<SchemaEngine> {
  await initWasm();
  const { SchemaEngine: Engine } = engineBindings as unknown as { SchemaEngine: typeof SchemaEngine };
  const schema = await readSchema();
  const onLog = (msg: string) => {
    if (log) console.error(`[schema-engine] ${msg}`);
  };
  return Engine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/**
 * @prisma/adapter-pg splits scripts on every ";" (breaking function bodies) and runs the pieces
 * outside a transaction. The native engine sends a migration as one simple query, so do the same.
 */
class WholeScriptPg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly pools: pg.Pool[] = [];

  constructor(private readonly connectionString: string) {}

  async connect() {
    const pool = new pg.Pool({ connectionString: this.connectionString, max: 2 });
    this.pools.push(pool);
    const adapter = await new PrismaPg(pool).connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }

  connectToShadowDb(): never {
    throw new Error('Applying migrations needs no shadow database.');
  }

  async close() {
    await Promise.all(this.pools.map((pool) => pool.end()));
  }
}

/** Applies pending migrations to a real PostgreSQL server; returns the names applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const factory = new WholeScriptPg(databaseUrl);
  const engine = await openEngine(factory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: NO_FILTER,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await factory.close();
  }
}

/** An engine over in-memory PGlite databases: nothing but the migration files and the schema matter. */
async function openScratchEngine(): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  // Migrations use pg_trgm (PostgreSQL contrib): both scratch databases load it.
  const extensions = { pg_trgm };
  const main = new PGlite('memory://main', { extensions });
  const factory = new PrismaPGlite(main);
  const shadows: PGlite[] = [];
  factory.connectToShadowDb = async () => {
    const shadow = new PGlite('memory://shadow', { extensions });
    shadows.push(shadow);
    return new PrismaPGlite(shadow).connect();
  };
  const engine = await openEngine(factory);
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all([main, ...shadows].map((db) => db.close()));
    },
  };
}

/** SQL that would bring the migrations' end state to schema.prisma; empty when they agree. */
export async function diffMigrationsToSchema(): Promise<string> {
  const { engine, close } = await openScratchEngine();
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrations()) },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: await readSchema() }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return (result.stdout ?? '').trim();
  } finally {
    await close();
  }
}

/**
 * The next migration: the SQL from the migrations' end state to schema.prisma, named like Prisma names
 * them (`<UTC timestamp>_<name>`); null when there is nothing to do. The WASM engine's createMigration
 * cannot open a shadow database once a migration exists, so this is `prisma migrate diff
 * --from-migrations --to-schema --script`, which can.
 */
export async function createMigrationScript(name: string, now = new Date()): Promise<{ dir: string; sql: string } | null> {
  const sql = await diffMigrationsToSchema();
  if (!sql || /^-- This is an empty migration\.?$/.test(sql)) return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return { dir: `${stamp}_${name}`, sql: `${sql}\n` };
}
