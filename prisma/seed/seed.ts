// Demo data: deterministic content (fixed PRNG seed), dates relative to the time of seeding.
import { fakerRU } from '@faker-js/faker';
import pg from 'pg';
import { hashPassword } from '../../lib/accounts/password';
import type { Rates } from '../../lib/salary/normalize';
import { slugify } from '../../lib/slug';
import type { VacancyStatus } from '../../lib/vocabularies';
import { asArray, bulkInsert, type Column } from './bulk-insert';
import { scoreVacancy } from '../../lib/moderation/risk';
import { refreshSalaryInsightsWith } from '../../lib/salaries/refresh';
import { refreshSearchTermsWith } from '../../lib/search/terms';
import { pgRunner } from '../../lib/sql-runner';
import { DEMO_REPORTS, SUSPICIOUS_ADS } from './content/suspicious';
import { buildVacancy, type SeedCompanyRef, type ShiftSlotRow, type VacancyRow } from './build-vacancies';
import { SEED_COMPANIES, SEED_VACANCY_TEMPLATES, type SeedCompany } from './content';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { createRng, type Rng } from './random';

export { DEMO_ACCOUNTS };

/** RUB per unit; an admin edits them later (docs: normalized salary). */
export const SEED_RATES: Rates = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };

export type SeedOptions = { vacancies?: number; quiet?: boolean; now?: Date };
export type SeedSummary = { companies: number; vacancies: number; published: number; applications: number; ms: number };

const DEMO_STATUSES: VacancyStatus[] = ['published', 'published', 'published', 'published', 'published', 'published', 'draft', 'pending', 'rejected', 'closed', 'expired', 'removed'];

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

const VACANCY_COLUMNS: Column<VacancyRow>[] = [
  { name: 'id', type: 'uuid', value: (v) => v.id },
  { name: 'slug', type: 'text', value: (v) => v.slug },
  { name: 'companyId', type: 'uuid', value: (v) => v.companyId },
  { name: 'createdById', type: 'uuid', value: (v) => v.createdById },
  { name: 'status', type: 'text', cast: '"VacancyStatus"', value: (v) => v.status },
  { name: 'locale', type: 'text', value: (v) => v.locale },
  { name: 'title', type: 'text', value: (v) => v.title },
  { name: 'description', type: 'text', value: (v) => v.description },
  { name: 'industry', type: 'text', cast: '"Industry"', value: (v) => v.industry },
  { name: 'schedule', type: 'text', cast: '"Schedule"', value: (v) => v.schedule },
  { name: 'employment', type: 'text', cast: '"Employment"', value: (v) => v.employment },
  { name: 'experience', type: 'text', cast: '"Experience"', value: (v) => v.experience },
  { name: 'salaryFrom', type: 'numeric', value: (v) => v.salaryFrom },
  { name: 'salaryTo', type: 'numeric', value: (v) => v.salaryTo },
  { name: 'salaryCurrency', type: 'text', value: (v) => v.salaryCurrency },
  { name: 'salaryPeriod', type: 'text', cast: '"SalaryPeriod"', value: (v) => v.salaryPeriod },
  { name: 'salaryGross', type: 'boolean', value: (v) => v.salaryGross },
  { name: 'salaryMinRub', type: 'int', value: (v) => v.salaryMinRub },
  { name: 'salaryMaxRub', type: 'int', value: (v) => v.salaryMaxRub },
  { name: 'shiftPattern', type: 'text', value: (v) => v.shiftPattern },
  { name: 'shiftsPerWeek', type: 'numeric', value: (v) => v.shiftsPerWeek },
  { name: 'hoursPerWeek', type: 'int', value: (v) => v.hoursPerWeek },
  { name: 'nightShifts', type: 'boolean', value: (v) => v.nightShifts },
  { name: 'weekendWork', type: 'boolean', value: (v) => v.weekendWork },
  { name: 'trainingProvided', type: 'boolean', value: (v) => v.trainingProvided },
  { name: 'trainingPaid', type: 'boolean', value: (v) => v.trainingPaid },
  { name: 'trainingDays', type: 'int', value: (v) => v.trainingDays },
  { name: 'trainingNote', type: 'text', value: (v) => v.trainingNote },
  { name: 'hasKpi', type: 'boolean', value: (v) => v.hasKpi },
  { name: 'kpiConcurrentChats', type: 'int', value: (v) => v.kpiConcurrentChats },
  { name: 'kpiFirstResponseSec', type: 'int', value: (v) => v.kpiFirstResponseSec },
  { name: 'kpiNote', type: 'text', value: (v) => v.kpiNote },
  { name: 'voiceRequired', type: 'boolean', value: (v) => v.voiceRequired },
  { name: 'equipmentProvided', type: 'boolean', value: (v) => v.equipmentProvided },
  { name: 'minInternetMbps', type: 'int', value: (v) => v.minInternetMbps },
  { name: 'equipmentNote', type: 'text', value: (v) => v.equipmentNote },
  { name: 'abroadAllowed', type: 'boolean', value: (v) => v.abroadAllowed },
  { name: 'abroadCountries', type: 'text', cast: 'text[]', value: (v) => asArray(v.abroadCountries) },
  { name: 'contractTypes', type: 'text', cast: '"ContractType"[]', value: (v) => asArray(v.contractTypes) },
  { name: 'languageCodes', type: 'text', cast: 'text[]', value: (v) => asArray(v.languages.map((l) => l.language).sort()) },
  { name: 'applyMode', type: 'text', cast: '"ApplyMode"', value: (v) => v.applyMode },
  { name: 'applyUrl', type: 'text', value: (v) => v.applyUrl },
  { name: 'applyEmail', type: 'text', value: (v) => v.applyEmail },
  { name: 'publishedAt', type: 'timestamptz', value: (v) => v.publishedAt },
  { name: 'expiresAt', type: 'timestamptz', value: (v) => v.expiresAt },
  { name: 'closedAt', type: 'timestamptz', value: (v) => v.closedAt },
  { name: 'moderationReason', type: 'text', value: (v) => v.moderationReason },
  { name: 'riskScore', type: 'int', value: (v) => v.risk?.score ?? null },
  { name: 'riskReasons', type: 'text', cast: 'jsonb', value: (v) => (v.risk ? JSON.stringify(v.risk.reasons) : null) },
  { name: 'createdAt', type: 'timestamptz', value: (v) => v.createdAt },
  { name: 'updatedAt', type: 'timestamptz', value: (v) => v.publishedAt ?? v.createdAt },
];

const SLOT_COLUMNS: Column<ShiftSlotRow>[] = [
  { name: 'id', type: 'uuid', value: (s) => s.id },
  { name: 'vacancyId', type: 'uuid', value: (s) => s.vacancyId },
  { name: 'position', type: 'int', value: (s) => s.position },
  { name: 'startMinute', type: 'int', value: (s) => s.startMinute },
  { name: 'endMinute', type: 'int', value: (s) => s.endMinute },
  { name: 'timeZone', type: 'text', value: (s) => s.timeZone },
  { name: 'utcStartMinute', type: 'int', value: (s) => s.utcStartMinute },
  { name: 'utcEndMinute', type: 'int', value: (s) => s.utcEndMinute },
];

type LanguageRow = { vacancyId: string; language: string; level: string };
type EventRow = { id: string; vacancyId: string; actorId: string | null; action: string; reason: string | null; createdAt: Date };

/** Moderation history consistent with each vacancy's status. */
function eventsFor(v: VacancyRow, adminId: string, rng: Rng): EventRow[] {
  if (v.status === 'draft') return [];
  const submittedAt = v.publishedAt ? new Date(v.publishedAt.getTime() - rng.int(1, 20) * 3_600_000) : v.createdAt;
  const events: EventRow[] = [{ id: rng.uuid(), vacancyId: v.id, actorId: v.createdById, action: 'submitted', reason: null, createdAt: submittedAt }];
  const event = (action: string, at: Date | null, actorId: string | null, reason: string | null = null) =>
    events.push({ id: rng.uuid(), vacancyId: v.id, actorId, action, reason, createdAt: at ?? submittedAt });
  if (v.status === 'rejected') event('rejected', new Date(submittedAt.getTime() + 3_600_000), adminId, v.moderationReason);
  if (v.publishedAt) event('approved', v.publishedAt, adminId);
  if (v.status === 'closed') event('closed', v.closedAt, v.createdById);
  if (v.status === 'expired') event('expired', v.expiresAt, null);
  if (v.status === 'removed') event('removed', new Date((v.publishedAt ?? submittedAt).getTime() + 86_400_000), adminId, v.moderationReason);
  return events;
}

export async function seedDemo(databaseUrl: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const total = Math.max(options.vacancies ?? 180, DEMO_STATUSES.length * 2);
  const now = options.now ?? new Date();
  const rng = createRng(42);
  const log = (msg: string) => {
    if (!options.quiet) console.log(msg);
  };

  const companies: CompanyRow[] = [
    ...SEED_COMPANIES.map((c) => ({ ...c, id: rng.uuid() })),
    ...(total > 1_000 ? syntheticCompanies(Math.ceil(total / 250), rng) : []),
  ];
  const demoCompanies = [companies[0]!, companies.find((c) => c.industry !== companies[0]!.industry && c.country === 'RU') ?? companies[1]!];

  const users = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => ({ ...a, id: rng.uuid(), passwordHash: await hashPassword(a.password) })),
  );
  const admin = users.find((u) => u.role === 'admin')!;
  const employers = users.filter((u) => u.role === 'employer');
  const authors = new Map(employers.map((u, i) => [demoCompanies[i]!.id, u.id]));

  const refs: SeedCompanyRef[] = companies.map((c) => ({ id: c.id, slug: c.slug, country: c.country, website: c.website, industry: c.industry }));
  const ctx = { rng, now, rates: SEED_RATES, templates: SEED_VACANCY_TEMPLATES, companies: refs, authors };
  const vacancies: VacancyRow[] = [];
  demoCompanies.forEach((company, c) => {
    DEMO_STATUSES.forEach((status, i) => vacancies.push(buildVacancy(ctx, c * 7 + i, status, refs.find((r) => r.id === company.id))));
  });
  for (let i = vacancies.length; i < total; i++) vacancies.push(buildVacancy(ctx, i));
  log(`  built ${vacancies.length} vacancies in ${Math.round(performance.now() - started)} ms`);
  markSuspicious(vacancies, new Set(demoCompanies.map((c) => c.id)));
  // Pending vacancies carry a risk score, as a real submission would (the review queue sorts by it).
  // Scoring costs a few milliseconds an ad, so the 100k benchmark set skips it.
  if (total <= 5_000) {
    const byId = new Map(companies.map((c) => [c.id, c]));
    for (const v of vacancies.filter((x) => x.status === 'pending')) {
      const c = byId.get(v.companyId);
      v.risk = scoreVacancy(
        { ...v, company: { name: c?.name, website: c?.website, legalName: c?.legalName, taxId: c?.taxId, country: c?.country, verified: c?.verified } },
        { rates: SEED_RATES },
      );
    }
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await truncateAll(client);
    await bulkInsert(client, 'exchange_rates', [
      { name: 'currency', type: 'text', value: (r: [string, number]) => r[0] },
      { name: 'rubPerUnit', type: 'numeric', value: (r: [string, number]) => r[1] },
      { name: 'updatedAt', type: 'timestamptz', value: () => now },
    ], Object.entries(SEED_RATES));
    await bulkInsert(client, 'users', [
      { name: 'id', type: 'uuid', value: (u: (typeof users)[number]) => u.id },
      { name: 'email', type: 'text', value: (u) => u.email },
      { name: 'emailVerified', type: 'timestamptz', value: () => now },
      { name: 'name', type: 'text', value: (u) => u.name },
      { name: 'passwordHash', type: 'text', value: (u) => u.passwordHash },
      { name: 'role', type: 'text', cast: '"UserRole"', value: (u) => u.role },
      { name: 'updatedAt', type: 'timestamptz', value: () => now },
    ], users);
    await bulkInsert(client, 'companies', [
      { name: 'id', type: 'uuid', value: (c: CompanyRow) => c.id },
      { name: 'slug', type: 'text', value: (c) => c.slug },
      { name: 'name', type: 'text', value: (c) => c.name },
      { name: 'website', type: 'text', value: (c) => c.website },
      { name: 'description', type: 'text', value: (c) => c.description.ru },
      { name: 'industry', type: 'text', cast: '"Industry"', value: (c) => c.industry },
      { name: 'legalName', type: 'text', value: (c) => c.legalName },
      { name: 'taxId', type: 'text', value: (c) => c.taxId },
      { name: 'country', type: 'text', value: (c) => c.country },
      { name: 'verifiedAt', type: 'timestamptz', value: (c) => (c.verified ? now : null) },
      { name: 'verifiedById', type: 'uuid', value: (c) => (c.verified ? admin.id : null) },
      { name: 'updatedAt', type: 'timestamptz', value: () => now },
    ], companies);
    await bulkInsert(client, 'memberships', [
      { name: 'companyId', type: 'uuid', value: (m: [string, string]) => m[0] },
      { name: 'userId', type: 'uuid', value: (m: [string, string]) => m[1] },
      { name: 'role', type: 'text', cast: '"MemberRole"', value: () => 'owner' },
    ], [...authors.entries()]);

    await bulkInsert(client, 'vacancies', VACANCY_COLUMNS, vacancies);
    log(`  vacancies: ${vacancies.length} in ${Math.round(performance.now() - started)} ms`);
    await bulkInsert(client, 'shift_slots', SLOT_COLUMNS, vacancies.flatMap((v) => v.slots), 10_000);
    // languageCodes is written with the vacancies above; the trigger would rewrite every row again.
    await client.query('ALTER TABLE vacancy_languages DISABLE TRIGGER USER');
    await bulkInsert<LanguageRow>(client, 'vacancy_languages', [
      { name: 'vacancyId', type: 'uuid', value: (l) => l.vacancyId },
      { name: 'language', type: 'text', value: (l) => l.language },
      { name: 'level', type: 'text', cast: '"LanguageLevel"', value: (l) => l.level },
    ], vacancies.flatMap((v) => v.languages.map((l) => ({ vacancyId: v.id, ...l }))), 10_000);
    await client.query('ALTER TABLE vacancy_languages ENABLE TRIGGER USER');
    await bulkInsert<EventRow>(client, 'moderation_events', [
      { name: 'id', type: 'uuid', value: (e) => e.id },
      { name: 'vacancyId', type: 'uuid', value: (e) => e.vacancyId },
      { name: 'actorId', type: 'uuid', value: (e) => e.actorId },
      { name: 'action', type: 'text', cast: '"ModerationAction"', value: (e) => e.action },
      { name: 'reason', type: 'text', value: (e) => e.reason },
      { name: 'createdAt', type: 'timestamptz', value: (e) => e.createdAt },
    ], vacancies.flatMap((v) => eventsFor(v, admin.id, rng)), 10_000);

    await seedReports(client, vacancies, now, rng);
    const applications = await seedActivity(client, vacancies.filter((v) => authors.has(v.companyId)), now, rng);
    await client.query('COMMIT');
    // Fresh statistics and visibility map, so the planner can use index-only scans from the start.
    await client.query('VACUUM ANALYZE');
    // The salary figures of /salaries come from a snapshot the job refreshes; the fresh data gets one now.
    await refreshSalaryInsightsWith(pgRunner(client), now);
    // What search corrects against and suggests (lib/search/terms.ts), likewise a job's table.
    await client.query('BEGIN');
    await refreshSearchTermsWith(pgRunner(client));
    await client.query('COMMIT');
    const summary = {
      companies: companies.length,
      vacancies: vacancies.length,
      published: vacancies.filter((v) => v.status === 'published').length,
      applications,
      ms: Math.round(performance.now() - started),
    };
    return summary;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/** Three pending vacancies of other companies become the kind of ad moderation must catch (demo data). */
function markSuspicious(vacancies: VacancyRow[], demoCompanyIds: Set<string>): void {
  const targets = vacancies.filter((v) => v.status === 'pending' && !demoCompanyIds.has(v.companyId)).slice(0, SUSPICIOUS_ADS.length);
  targets.forEach((v, i) => {
    const ad = SUSPICIOUS_ADS[i]!;
    Object.assign(v, { locale: ad.locale, title: ad.title, description: ad.description, experience: 'noExperience' });
  });
}

/** A few open scam reports on published vacancies, so /admin/reports is not empty in the demo. */
async function seedReports(client: pg.ClientBase, vacancies: VacancyRow[], now: Date, rng: Rng): Promise<void> {
  const published = vacancies.filter((v) => v.status === 'published').slice(-2);
  const reports = DEMO_REPORTS.map((r, i) => ({
    ...r, id: rng.uuid(), vacancyId: published[i % published.length]!.id, createdAt: new Date(now.getTime() - (i + 1) * 5_400_000),
  }));
  await bulkInsert(client, 'scam_reports', [
    { name: 'id', type: 'uuid', value: (r: (typeof reports)[number]) => r.id },
    { name: 'vacancyId', type: 'uuid', value: (r) => r.vacancyId },
    { name: 'category', type: 'text', cast: '"ReportCategory"', value: (r) => r.category },
    { name: 'message', type: 'text', value: (r) => r.message },
    { name: 'createdAt', type: 'timestamptz', value: (r) => r.createdAt },
  ], reports);
}

/** Views, clicks and applications for the demo employers' vacancies, so their dashboards have something to show. */
async function seedActivity(client: pg.ClientBase, own: VacancyRow[], now: Date, rng: Rng): Promise<number> {
  fakerRU.seed(7);
  const stats: { vacancyId: string; day: string; views: number; applyClicks: number; applications: number }[] = [];
  const applications: { id: string; vacancyId: string; name: string; email: string; phone: string | null; telegram: string | null; languages: string; experience: string; coverMessage: string; createdAt: Date }[] = [];
  for (const v of own.filter((x) => x.publishedAt)) {
    const days = Math.min(30, Math.ceil((now.getTime() - v.publishedAt!.getTime()) / 86_400_000));
    for (let d = 0; d < days; d++) {
      const day = new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      const views = rng.int(3, 60);
      stats.push({ vacancyId: v.id, day, views, applyClicks: v.applyMode === 'form' ? 0 : rng.int(0, Math.ceil(views / 8)), applications: 0 });
    }
    if (v.applyMode !== 'form' || v.status !== 'published') continue;
    for (let i = rng.int(2, 6); i > 0; i--) {
      // One sex for both names: Russian surnames agree with it (Крылова, not «Елена Крылов»).
      const sex = rng.chance(0.7) ? 'female' : 'male';
      const first = fakerRU.person.firstName(sex);
      const last = fakerRU.person.lastName(sex);
      applications.push({
        id: rng.uuid(), vacancyId: v.id, name: `${first} ${last}`,
        email: `${slugify(first)}.${slugify(last)}${rng.int(1, 99)}@mail.example`,
        phone: rng.chance(0.6) ? `+7 9${rng.int(10, 99)} ${rng.int(100, 999)}-${rng.int(10, 99)}-${rng.int(10, 99)}` : null,
        telegram: rng.chance(0.5) ? `@${slugify(first)}_${rng.int(10, 999)}` : null,
        languages: JSON.stringify([{ language: 'ru', level: 'native' }, ...(rng.chance(0.4) ? [{ language: 'en', level: 'B1' }] : [])]),
        experience: rng.pick(['noExperience', 'between1And3', 'between3And6']),
        coverMessage: rng.pick([
          'Здравствуйте! Два года работала в поддержке интернет-магазина, готова к сменному графику.',
          'Добрый день. Учусь на заочном, ищу вечерние смены. Быстро печатаю, внимательна к деталям.',
          'Hello! I have handled up to five chats at once in a fintech support team and enjoy it.',
          'Интересует удалённая работа в ночные смены, есть стабильный интернет и гарнитура.',
        ]),
        createdAt: new Date(v.publishedAt!.getTime() + rng.int(1, 72) * 3_600_000),
      });
    }
  }
  await bulkInsert(client, 'vacancy_daily_stats', [
    { name: 'vacancyId', type: 'uuid', value: (s: (typeof stats)[number]) => s.vacancyId },
    { name: 'day', type: 'date', value: (s) => s.day },
    { name: 'views', type: 'int', value: (s) => s.views },
    { name: 'applyClicks', type: 'int', value: (s) => s.applyClicks },
    { name: 'applications', type: 'int', value: (s) => s.applications },
  ], stats);
  await bulkInsert(client, 'applications', [
    { name: 'id', type: 'uuid', value: (a: (typeof applications)[number]) => a.id },
    { name: 'vacancyId', type: 'uuid', value: (a) => a.vacancyId },
    { name: 'name', type: 'text', value: (a) => a.name },
    { name: 'email', type: 'text', value: (a) => a.email },
    { name: 'phone', type: 'text', value: (a) => a.phone },
    { name: 'telegram', type: 'text', value: (a) => a.telegram },
    { name: 'languages', type: 'text', cast: 'jsonb', value: (a) => a.languages },
    { name: 'experience', type: 'text', cast: '"Experience"', value: (a) => a.experience },
    { name: 'coverMessage', type: 'text', value: (a) => a.coverMessage },
    { name: 'consentAt', type: 'timestamptz', value: (a) => a.createdAt },
    { name: 'consentVersion', type: 'text', value: () => '2026-11' },
    { name: 'createdAt', type: 'timestamptz', value: (a) => a.createdAt },
    { name: 'updatedAt', type: 'timestamptz', value: (a) => a.createdAt },
  ], applications);
  // Every application's history starts with its sending (the employer timeline and "my applications").
  await client.query(`
    INSERT INTO application_status_events ("applicationId", "toStatus", "createdAt")
    SELECT id, 'new', "createdAt" FROM applications a
    WHERE NOT EXISTS (SELECT 1 FROM application_status_events e WHERE e."applicationId" = a.id)`);
  // Keep the per-day application counters in step with the rows just inserted.
  await client.query(`
    INSERT INTO vacancy_daily_stats ("vacancyId", day, applications)
    SELECT "vacancyId", "createdAt"::date, count(*) FROM applications GROUP BY 1, 2
    ON CONFLICT ("vacancyId", day) DO UPDATE SET applications = EXCLUDED.applications`);
  return applications.length;
}
