import { getDatabaseHealth } from '@/lib/health/queries';

export const dynamic = 'force-dynamic';

/** Liveness and database readiness for load balancers and uptime checks. */
export async function GET() {
  const database = await getDatabaseHealth();
  const body = database.up
    ? { status: 'ok', database: 'up', latencyMs: database.latencyMs }
    : { status: 'degraded', database: 'down' };
  // The error text stays in the server log: it can name hosts and users.
  if (!database.up) console.error(`[health] database down: ${database.error}`);
  return Response.json(body, { status: database.up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
