import pg from 'pg';
import { env } from '@/lib/env';
import { RESOURCE_CONTENT_SECURITY_POLICY } from '@/lib/http/security-headers';
import en from '@/messages/pages/outage.en.json';
import ru from '@/messages/pages/outage.ru.json';
import { outageState } from './unavailable';

const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;
const RETRY_AFTER_S = 5;

/** A fresh connection, not the app's pool: it answers whether the server is back, and keeps Prisma out of proxy.ts. */
async function probe(connectionString: string | undefined): Promise<boolean> {
  if (!connectionString) return false;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // A connection lost mid-probe is a "no" below, never an uncaught 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

/** One probe at a time and at most one a second, however many requests arrive during the outage. */
function databaseIsBack(): Promise<boolean> {
  if (outageState.probe) return outageState.probe;
  if (Date.now() - outageState.probedAt < PROBE_EVERY_MS) return Promise.resolve(false);
  outageState.probedAt = Date.now();
  outageState.probe = probe(env.DATABASE_URL).then((up) => {
    if (up && outageState.since !== null) {
      console.info(`[db] database is back after ${((Date.now() - outageState.since) / 1000).toFixed(1)} s`);
      outageState.since = null;
    }
    outageState.probe = null;
    return up;
  });
  return outageState.probe;
}

const section = (t: typeof ru, lang: string, Heading: 'h1' | 'h2') =>
  `<section lang="${lang}" style="margin:2rem 0">` +
  `<${Heading} style="font-size:1.5rem;margin:0 0 1rem">${t.title}</${Heading}>` +
  `<p style="color:#4b676f;margin:0 0 .75rem">${t.text}</p><p style="color:#4b676f;margin:0 0 1.25rem">${t.form}</p>` +
  `<a href="" style="display:inline-block;padding:.75rem 1.25rem;border-radius:.5rem;background:#0f5b57;color:#fff;font-weight:600;text-decoration:none">${t.retry}</a>` +
  `</section>`;

// Plain HTML with inline styles only: it must render with the app's layout, scripts and database all out of reach.
const PAGE =
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${ru.title}</title></head>` +
  `<body style="margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#fbf8f3;color:#132e35;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">` +
  `<main style="max-width:34rem;padding:1.5rem;text-align:center">${section(ru, 'ru', 'h1')}${section(en, 'en', 'h2')}</main></body></html>`;

/**
 * For proxy.ts: while the database is believed down, a 503 (JSON under /api, a bilingual page elsewhere);
 * null once a probe finds it back, and at once when no outage was seen. /api/health always answers for itself.
 */
export async function outageResponse(request: Request): Promise<Response | null> {
  if (outageState.since === null) return null;
  const { pathname } = new URL(request.url);
  if (pathname === '/api/health' || (await databaseIsBack())) return null;
  const headers = { 'Retry-After': String(RETRY_AFTER_S), 'Cache-Control': 'no-store' };
  if (pathname === '/api' || pathname.startsWith('/api/')) return Response.json({ error: 'unavailable' }, { status: 503, headers });
  return new Response(PAGE, {
    status: 503,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': RESOURCE_CONTENT_SECURITY_POLICY },
  });
}
