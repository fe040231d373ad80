import { startEmbeddedPostgres } from './embedded';

/** Runs `task` against DATABASE_URL, or against the embedded server (started and stopped around it). */
export async function withDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return task(configured);
  const server = await startEmbeddedPostgres();
  try {
    return await task(server.url());
  } finally {
    if (server.owned) await server.stop();
  }
}

/**
 * Where migrations go: DATABASE_DIRECT_URL when set — the primary without a transaction-mode pooler in
 * between, since the schema engine holds a session advisory lock (docs/deploy.md, PgBouncer) — else `url`.
 */
export function migrationUrl(url: string, env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_DIRECT_URL?.trim() || url;
}
