import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/db/embedded';
import { freePort } from '../support/free-port';
import { applyMigrations } from '../../scripts/db/schema-engine';

// The database goes away under load and comes back: calls fail fast with an error the app recognizes, proxy.ts's
// outageResponse answers 503 meanwhile, everything answers again within 5 s of the restart without restarting the
// app, and every application that was answered ok is in the database.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const page = (pathname: string) => new Request(`http://localhost:3000${pathname}`);

type Call = { kind: 'apply' | 'health'; startedAt: number; endedAt: number; ok: boolean; email?: string; error?: unknown };

describe('the database goes away and comes back', () => {
  let dir: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedServer;
  let check: PrismaClient;
  let vacancyId: string;

  beforeAll(async () => {
    // As root the server runs as `postgres`, which must be able to reach its data directory.
    dir = await mkdtemp(path.join(tmpdir(), 'chatshift-outage-'));
    await chmod(dir, 0o755);
    dataDir = path.join(dir, 'postgres');
    port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port });
    await applyMigrations(server.url());
    check = createPrismaClient(server.url(), 1);
    const company = await check.company.create({ data: { name: 'Ровный Чат', slug: 'rovnyy-chat' } });
    const vacancy = await check.vacancy.create({
      data: {
        slug: 'operator-outage', companyId: company.id, title: 'Оператор чата', description: 'Отвечать покупателям.',
        industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', status: 'published', applyMode: 'form',
        publishedAt: new Date(Date.now() - 86_400_000), expiresAt: new Date(Date.now() + 20 * 86_400_000),
      },
    });
    vacancyId = vacancy.id;
    // lib/env.ts reads DATABASE_URL once, so the app's modules are loaded fresh after it points here.
    process.env.DATABASE_URL = server.url();
    vi.resetModules();
  });

  afterAll(async () => {
    await check?.$disconnect();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('fails fast while down, answers 503, recovers within 5 s and loses no accepted application', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const infos = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { submitApplication } = await import('@/lib/applications/apply.server');
    const { GET: health } = await import('@/app/api/health/route');
    const { outageResponse } = await import('@/lib/health/outage');
    const { isDatabaseUnavailableError, outageState } = await import('@/lib/health/unavailable');

    const calls: Call[] = [];
    let running = true;
    const applyLoop = async (worker: number) => {
      for (let i = 0; running; i++) {
        const email = `w${worker}-${i}@outage.example`;
        const form = { name: 'Анна Смирнова', email, consent: 'on', startedAt: String(Date.now() - 10_000), locale: 'ru' };
        const startedAt = performance.now();
        try {
          const outcome = await submitApplication(vacancyId, form, { ip: 'outage-test', now: new Date(), limits: false });
          calls.push({ kind: 'apply', startedAt, endedAt: performance.now(), ok: outcome.ok, email, error: outcome.ok ? undefined : outcome });
        } catch (error) {
          calls.push({ kind: 'apply', startedAt, endedAt: performance.now(), ok: false, email, error });
        }
        await sleep(20);
      }
    };
    const healthLoop = async () => {
      while (running) {
        const startedAt = performance.now();
        const res = await health();
        calls.push({ kind: 'health', startedAt, endedAt: performance.now(), ok: res.status === 200, error: res.status === 200 ? undefined : res.status });
        await sleep(50);
      }
    };
    const loops = [applyLoop(1), applyLoop(2), applyLoop(3), healthLoop()];

    await sleep(1_000);
    expect(await outageResponse(page('/vacancies'))).toBeNull();
    await server.stop();
    const downAt = performance.now();

    // While down: a friendly 503 page, JSON under /api, /api/health reporting for itself.
    await vi.waitFor(() => expect(outageState.since).not.toBeNull(), { timeout: 4_000, interval: 20 });
    const down = await outageResponse(page('/en/vacancies?q=чат'));
    expect(down?.status).toBe(503);
    expect(down?.headers.get('retry-after')).toBe('5');
    expect(down?.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await down!.text();
    expect(html.indexOf('недоступен')).toBeLessThan(html.indexOf('unavailable'));
    expect(html).not.toMatch(new RegExp(`<script|${port}|127\\.0\\.0\\.1|postgres|Error|\\bat `, 'i'));
    const api = await outageResponse(new Request('http://localhost:3000/api/vacancies/x/apply', { method: 'POST' }));
    expect(api?.status).toBe(503);
    expect(await api!.json()).toEqual({ error: 'unavailable' });
    expect(await outageResponse(page('/api/health'))).toBeNull();
    expect((await health()).status).toBe(503);

    await sleep(Math.max(0, 2_000 - (performance.now() - downAt)));
    const restartStarted = performance.now();
    server = await startEmbeddedPostgres({ dataDir, port });
    const upAt = performance.now();

    let proxyBackAt = 0;
    while (performance.now() - upAt < 6_000) {
      if ((await outageResponse(page('/vacancies'))) === null) {
        proxyBackAt = performance.now();
        break;
      }
      await sleep(50);
    }
    await sleep(1_000);
    running = false;
    await Promise.all(loops);

    const after = (kind: Call['kind']) => calls.find((c) => c.kind === kind && c.ok && c.startedAt >= upAt);
    const failures = calls.filter((c) => !c.ok);
    const applied = calls.filter((c) => c.kind === 'apply' && c.ok);
    const signatures = new Set(failures.map((c) => (c.kind === 'health' ? `health ${String(c.error)}` : signature(c.error))));
    const figures = {
      restartMs: Math.round(upAt - restartStarted),
      proxyRecoveryMs: Math.round(proxyBackAt - upAt),
      applyRecoveryMs: Math.round((after('apply')?.endedAt ?? Infinity) - upAt),
      healthRecoveryMs: Math.round((after('health')?.endedAt ?? Infinity) - upAt),
      slowestFailureMs: Math.round(Math.max(0, ...failures.map((c) => c.endedAt - c.startedAt))),
      calls: calls.length,
      failures: failures.length,
      applicationsOk: applied.length,
    };
    console.log('[db-outage]', JSON.stringify(figures), [...signatures]);

    expect(failures.filter((c) => c.kind === 'apply').length).toBeGreaterThan(0);
    for (const c of failures) {
      expect(c.endedAt - c.startedAt).toBeLessThan(4_000);
      if (c.kind === 'apply') expect(isDatabaseUnavailableError(c.error), signature(c.error)).toBe(true);
    }
    expect(proxyBackAt).toBeGreaterThan(0);
    expect(figures.proxyRecoveryMs).toBeLessThan(5_000);
    expect(figures.applyRecoveryMs).toBeLessThan(5_000);
    expect(figures.healthRecoveryMs).toBeLessThan(5_000);
    expect(applied.some((c) => c.startedAt < downAt)).toBe(true);

    const stored = new Set((await check.application.findMany({ where: { vacancyId }, select: { email: true } })).map((a) => a.email));
    expect(applied.filter((c) => !stored.has(c.email!))).toEqual([]);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[db\] database unavailable/));
    expect(infos).toHaveBeenCalledWith(expect.stringMatching(/^\[db\] database is back/));
  });
});

// A host that accepts connections and never answers (a frozen server, a black-holed route): new connections give
// up after the client's connect timeout instead of holding the request forever.
describe('a database that never answers', () => {
  it('fails a query within 4 s with an error the app recognizes', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const db = createPrismaClient(`postgresql://nobody:secret@127.0.0.1:${port}/nowhere`, 1);
    const { isDatabaseUnavailableError } = await import('@/lib/health/unavailable');
    const started = performance.now();
    try {
      const error = await db.$queryRaw`SELECT 1`.then(() => null, (err: unknown) => err);
      const ms = performance.now() - started;
      console.log('[db-outage] silent server:', Math.round(ms), 'ms,', signature(error));
      expect(ms).toBeGreaterThan(2_500);
      expect(ms).toBeLessThan(4_000);
      expect(isDatabaseUnavailableError(error)).toBe(true);
    } finally {
      await db.$disconnect();
      silent.close();
    }
  });
});

/** What kind of error a failed call saw, for the log and for a failing assertion's message. */
function signature(err: unknown): string {
  const e = err as { name?: string; code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };
  const cause = e?.meta?.driverAdapterError?.cause;
  return [e?.name, e?.code, cause?.kind, cause?.originalCode, e?.message?.trim().split('\n').at(-1)].filter(Boolean).join(' ');
}
