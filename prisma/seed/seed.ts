// Demo data: deterministic content (fixed PRNG seed), dates relative to the time of seeding.
// Big sets stream: vacancies are built in batches and copied over several connections while the next
// batch is built; secondary indexes are dropped for the load and rebuilt after it (docs: README, seed).
import { backfillBoard } from '../../lib/moderation/board/backfill';
import { availableParallelism } from 'node:os';
import { fakerRU } from '@faker-js/faker';
import pg from 'pg';
import { hashPassword } from '../../lib/accounts/password';
import type { Rates } from '../../lib/salary/normalize';
import { slugify } from '../../lib/slug';
import type { VacancyStatus } from '../../lib/vocabularies';
import { scoreVacancy } from '../../lib/moderation/risk';
import { refreshSalaryInsightsWith } from '../../lib/salaries/refresh';
import { refreshSearchTermsWith } from '../../lib/search/terms';
import type { SqlRunner } from '../../lib/sql-runner';
import { eventsFor, seedActivity, seedReports } from './activity';
import { buildVacancy, type BuildContext, type SeedCompanyRef, type VacancyRow } from './build-vacancies';
import { EVENT_COLUMNS, LANGUAGE_COLUMNS, SLOT_COLUMNS, VACANCY_COLUMNS, type EventRow, type LanguageRow } from './columns';
import { SEED_COMPANIES, SEED_VACANCY_TEMPLATES, type SeedCompany } from './content';
import { SUSPICIOUS_ADS } from './content/suspicious';
import { copyRows, encodeRows } from './copy';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { dropIndexes, openLoader, rebuildIndexes, repairIndexes, type CopyPart, type IndexDef, type LoadJob } from './load';
import { createProgress, type ProgressOutput } from './progress';
import { createRng, type Rng } from './random';

export { DEMO_ACCOUNTS };

/** RUB per unit; an admin edits them later (docs: normalized salary). */
export const SEED_RATES: Rates = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };

export type SeedOptions = {
  vacancies?: number;
  quiet?: boolean;
  now?: Date;
  /** Connections that copy in parallel; default: one for small sets, the cores (2–4) for big ones. */
  connections?: number;
  /** Where progress goes (default stdout: a bar on a terminal, plain lines otherwise). */
  output?: ProgressOutput;
  /** Load like a big set (indexes rebuilt after the load) whatever the size; default from 20,000 vacancies. */
  bulk?: boolean;
  /** Stops the load between batches; the tables are emptied and their indexes rebuilt before it rejects. */
  signal?: AbortSignal;
};
export type SeedSummary = {
  companies: number; vacancies: number; published: number; applications: number; ms: number;
  /** Whether triggers were skipped during the load (superuser) or ran (the slower path). */
  triggersSkipped: boolean; connections: number;
};

const DEMO_STATUSES: VacancyStatus[] = ['published', 'published', 'published', 'published', 'published', 'published', 'draft', 'pending', 'rejected', 'closed', 'expired', 'removed'];
/** From this size on the seed loads over several connections and rebuilds indexes after the load. */
const BULK_FROM = 20_000;
const BATCH = 2_000;
const BULK_TABLES = ['vacancies', 'shift_slots', 'vacancy_languages', 'moderation_events'];

async function truncateAll(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
  );
  if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

type CompanyRow = SeedCompany & { id: string };

function syntheticCompanies(count: number, rng: Rng): CompanyRow[] {
  fakerRU.seed(20261125);
  const industries = ['ecommerce', 'finance', 'edtech', 'telecom', 'software', 'other'] as const;
  return Array.from({ length: count }, (_, i) => {
    const name = `${fakerRU.company.name()} ${i + 1}`;
    const slug = `${slugify(name, 40)}-${i + 1}`;
    return {
      id: rng.uuid(), slug, name, industry: industries[i % industries.length]!, website: `https://${slug}.example`, logoUrl: null,
      description: { ru: `${name} нанимает операторов чата на удалённую работу.`, en: `${name} hires remote chat agents.` },
      legalName: name, taxId: String(7_700_000_000 + i), country: 'RU', verified: rng.chance(0.5),
    };
  });
}

type Plan = {
  total: number; now: Date; rng: Rng; companies: CompanyRow[]; demoCompanyIds: Set<string>;
  users: ((typeof DEMO_ACCOUNTS)[number] & { id: string; passwordHash: string })[]; authors: Map<string, string>; ctx: BuildContext;
};

async function planSeed(total: number, now: Date): Promise<Plan> {
  const rng = createRng(42);
  const companies: CompanyRow[] = [
    ...SEED_COMPANIES.map((c) => ({ ...c, id: rng.uuid() })),
    ...(total > 1_000 ? syntheticCompanies(Math.ceil(total / 250), rng) : []),
  ];
  const demoCompanies = [companies[0]!, companies.find((c) => c.industry !== companies[0]!.industry && c.country === 'RU') ?? companies[1]!];
  const users = await Promise.all(DEMO_ACCOUNTS.map(async (a) => ({ ...a, id: rng.uuid(), passwordHash: await hashPassword(a.password) })));
  const employers = users.filter((u) => u.role === 'employer');
  const authors = new Map(employers.map((u, i) => [demoCompanies[i]!.id, u.id]));
  const refs: SeedCompanyRef[] = companies.map((c) => ({ id: c.id, slug: c.slug, name: c.name, country: c.country, website: c.website, industry: c.industry }));
  const ctx: BuildContext = { rng, now, rates: SEED_RATES, templates: SEED_VACANCY_TEMPLATES, companies: refs, authors };
  return { total, now, rng, companies, demoCompanyIds: new Set(demoCompanies.map((c) => c.id)), users, authors, ctx };
}

/** The vacancies in order, in batches: each demo company's vacancies in every status first. */
function* vacancyBatches(plan: Plan): Generator<VacancyRow[]> {
  const { ctx, total } = plan;
  const demo = [...plan.demoCompanyIds].map((id) => ctx.companies.find((c) => c.id === id)!);
  let batch: VacancyRow[] = [];
  demo.forEach((company, c) => DEMO_STATUSES.forEach((status, i) => batch.push(buildVacancy(ctx, c * 7 + i, status, company))));
  for (let i = batch.length; i < total; i++) {
    batch.push(buildVacancy(ctx, i));
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function insertBase(client: pg.ClientBase, plan: Plan): Promise<void> {
  const { now, users, companies } = plan;
  const admin = users.find((u) => u.role === 'admin')!;
  await copyRows(client, 'exchange_rates', [
    { name: 'currency', value: (r: [string, number]) => r[0] },
    { name: 'rubPerUnit', value: (r: [string, number]) => r[1] },
    { name: 'updatedAt', value: () => now },
  ], Object.entries(SEED_RATES));
  await copyRows(client, 'users', [
    { name: 'id', value: (u: Plan['users'][number]) => u.id },
    { name: 'email', value: (u) => u.email },
    { name: 'emailVerified', value: () => now },
    { name: 'name', value: (u) => u.name },
    { name: 'passwordHash', value: (u) => u.passwordHash },
    { name: 'role', value: (u) => u.role },
    { name: 'updatedAt', value: () => now },
  ], users);
  await copyRows(client, 'companies', [
    { name: 'id', value: (c: CompanyRow) => c.id },
    { name: 'slug', value: (c) => c.slug },
    { name: 'name', value: (c) => c.name },
    { name: 'website', value: (c) => c.website },
    { name: 'description', value: (c) => c.description.ru },
    { name: 'industry', value: (c) => c.industry },
    { name: 'legalName', value: (c) => c.legalName },
    { name: 'taxId', value: (c) => c.taxId },
    { name: 'country', value: (c) => c.country },
    { name: 'verifiedAt', value: (c) => (c.verified ? now : null) },
    { name: 'verifiedById', value: (c) => (c.verified ? admin.id : null) },
    { name: 'updatedAt', value: () => now },
  ], companies);
  await copyRows(client, 'memberships', [
    { name: 'companyId', value: (m: [string, string]) => m[0] },
    { name: 'userId', value: (m: [string, string]) => m[1] },
    { name: 'role', value: () => 'owner' },
  ], [...plan.authors.entries()]);
}

const part = <Row>(table: string, columns: { name: string; value: (row: Row) => unknown }[], rows: Row[]): CopyPart =>
  ({ table, columns: columns.map((c) => c.name), chunks: encodeRows(columns, rows) });

export async function seedDemo(databaseUrl: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const total = Math.max(options.vacancies ?? 180, DEMO_STATUSES.length * 2);
  const bulk = options.bulk ?? total >= BULK_FROM;
  const connections = options.connections ?? (bulk ? Math.min(4, Math.max(2, availableParallelism())) : 1);
  const progress = createProgress({ quiet: options.quiet, output: options.output });
  const plan = await planSeed(total, options.now ?? new Date());
  const { now, rng } = plan;
  const admin = plan.users.find((u) => u.role === 'admin')!;
  const eventsRng = createRng(4242);
  const companyById = new Map(plan.companies.map((c) => [c.id, c]));

  const main = new pg.Client({ connectionString: databaseUrl, application_name: 'chatshift-seed' });
  await main.connect();
  let dropped: IndexDef[] = [];
  let loader: Awaited<ReturnType<typeof openLoader>> | null = null;
  // One connection: the whole seed is one transaction, as small seeds always were. Several: each COPY
  // commits on its own, and a failure empties the tables again.
  const single = connections === 1;
  try {
    const repaired = await repairIndexes(main);
    if (repaired) progress.log(`Rebuilt ${repaired} indexes an interrupted seed had dropped.`);
    if (single) await main.query('BEGIN');
    await truncateAll(main);
    await insertBase(main, plan);
    if (bulk) {
      await main.query(single ? 'SAVEPOINT drop_indexes' : 'BEGIN');
      try {
        dropped = await dropIndexes(main, BULK_TABLES);
        await main.query(single ? 'RELEASE SAVEPOINT drop_indexes' : 'COMMIT');
      } catch (err) {
        // Only the tables' owner may drop their indexes; without that the load keeps them up to date.
        await main.query(single ? 'ROLLBACK TO SAVEPOINT drop_indexes' : 'ROLLBACK');
        dropped = [];
        progress.log(`Indexes stay in place during the load (${err instanceof Error ? err.message : String(err)}): the slower path.`);
      }
    }

    const task = progress.task('vacancies', total);
    loader = await openLoader(databaseUrl, connections, { reuse: single ? main : undefined, onJobDone: (job) => task.add(job.rows) });
    if (!loader.triggersSkipped) progress.log('Triggers stay on during the load (the database role is not a superuser): the slower path.');

    const own: VacancyRow[] = [];
    const lastPublished: string[] = [];
    let published = 0;
    let suspicious = 0;
    for (const batch of vacancyBatches(plan)) {
      options.signal?.throwIfAborted();
      const events: EventRow[] = [];
      const languages: LanguageRow[] = [];
      for (const v of batch) {
        // Three pending vacancies of other companies become the kind of ad moderation must catch (demo data).
        if (v.status === 'pending' && suspicious < SUSPICIOUS_ADS.length && !plan.demoCompanyIds.has(v.companyId)) {
          const ad = SUSPICIOUS_ADS[suspicious++]!;
          Object.assign(v, { locale: ad.locale, title: ad.title, description: ad.description, experience: 'noExperience' });
        }
        // Pending vacancies carry a risk score, as a real submission would (the review queue sorts by it).
        // Scoring costs a few milliseconds an ad, so big sets skip it.
        if (v.status === 'pending' && total <= 5_000) {
          const c = companyById.get(v.companyId);
          v.risk = scoreVacancy(
            { ...v, company: { name: c?.name, website: c?.website, legalName: c?.legalName, taxId: c?.taxId, country: c?.country, verified: c?.verified } },
            { rates: SEED_RATES },
          );
        }
        if (v.status === 'published') {
          published++;
          lastPublished.push(v.id);
          if (lastPublished.length > 2) lastPublished.shift();
        }
        if (plan.authors.has(v.companyId)) own.push(v);
        for (const l of v.languages) languages.push({ vacancyId: v.id, ...l });
        for (const e of eventsFor(v, admin.id, eventsRng)) events.push(e);
      }
      const job: LoadJob = {
        rows: batch.length,
        parts: [
          part('vacancies', VACANCY_COLUMNS, batch),
          part('shift_slots', SLOT_COLUMNS, batch.flatMap((v) => v.slots)),
          part('vacancy_languages', LANGUAGE_COLUMNS, languages),
          part('moderation_events', EVENT_COLUMNS, events),
        ],
      };
      await loader.push(job);
    }
    await loader.drain();
    task.finish();

    if (dropped.length) {
      const indexes = progress.task('indexes', dropped.length, 'indexes');
      await rebuildIndexes(loader.clients, dropped, () => indexes.add(1));
      indexes.finish();
    }
    if (!single) await loader.close();
    await main.query('SET session_replication_role = DEFAULT').catch(() => {});
    await main.query('SET synchronous_commit = DEFAULT');

    await seedReports(main, lastPublished, now, rng);
    const applications = await seedActivity(main, own, now, rng);
    if (single) await main.query('COMMIT');

    // What the board-wide checks compare new submissions with (lib/moderation/board): the seeded ads' texts
    // and contacts, as if each had gone through a submission.
    const board = await backfillBoard(databaseUrl);
    if (bulk) progress.log(`fingerprints and contacts of ${board.vacancies} vacancies in ${(board.ms / 1000).toFixed(1)} s`);

    const finishing = performance.now();
    // Fresh statistics and visibility map, so the planner can use index-only scans from the start.
    await vacuumAnalyze(databaseUrl, main, bulk ? connections : 1);
    // The salary figures of /salaries come from a snapshot the job refreshes; the fresh data gets one now.
    await refreshSalaryInsightsWith(serialRunner(main), now);
    // What search corrects against and suggests (lib/search/terms.ts), likewise a job's table.
    await main.query('BEGIN');
    await refreshSearchTermsWith(serialRunner(main));
    // The load ran with triggers off: count the facet groups the triggers would have kept (decision 008),
    // and say once that the catalogue changed, so no process serves results it cached before the seed
    // (lib/vacancies/catalogue-cache.ts).
    await main.query('SELECT catalogue_facet_counts_rebuild()');
    await main.query('SELECT catalogue_bump()');
    await main.query('COMMIT');
    if (bulk) progress.log(`statistics, salary and search snapshots in ${((performance.now() - finishing) / 1000).toFixed(1)} s`);
    return {
      companies: plan.companies.length, vacancies: total, published, applications,
      ms: Math.round(performance.now() - started), triggersSkipped: loader.triggersSkipped, connections,
    };
  } catch (err) {
    if (single) await main.query('ROLLBACK').catch(() => {});
    else {
      // Leave no half-loaded set behind, and no table without its indexes.
      await loader?.close();
      await main.query('SET session_replication_role = DEFAULT').catch(() => {});
      await truncateAll(main).catch(() => {});
      if (dropped.length) await rebuildIndexes([main], dropped).catch(() => {});
    }
    throw err;
  } finally {
    await main.end();
  }
}

/** One query at a time on the seed's connection (pg deprecates overlapping queries on one client). */
function serialRunner(client: pg.ClientBase): SqlRunner {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query: <T,>(sql: string, params: unknown[]) => {
      const run = tail.then(() => client.query(sql, params)).then((r) => r.rows as T[]);
      tail = run.catch(() => {});
      return run;
    },
  };
}

/** VACUUM ANALYZE of every table, the big ones side by side on their own connections. */
async function vacuumAnalyze(databaseUrl: string, main: pg.ClientBase, connections: number): Promise<void> {
  if (connections === 1) {
    await main.query('VACUUM ANALYZE');
    return;
  }
  const { rows } = await main.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY pg_total_relation_size(format('%I', tablename)::regclass) DESC`,
  );
  const queue = rows.map((r) => r.tablename);
  const extra = await Promise.all(Array.from({ length: connections - 1 }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'chatshift-seed' });
    await c.connect();
    return c;
  }));
  try {
    await Promise.all([main, ...extra].map(async (client) => {
      for (let t = queue.shift(); t; t = queue.shift()) await client.query(`VACUUM ANALYZE "${t}"`);
    }));
  } finally {
    await Promise.all(extra.map((c) => c.end()));
  }
}
