import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { detailSelect, toVacancyDetail, type VacancyDetail } from '@/lib/vacancies/detail-queries';
import { isClassified } from '@/lib/vacancies/classified';
import { VACANCY_STATUSES, type VacancyStatus } from '@/lib/vocabularies';
import { LenientSearchTextSchema } from '@/lib/forms/search-text';
import { riskReasonsSchema } from '@/lib/moderation/risk/types';
import { addDays, dayDate, statsDay } from './stats-days';
import { STATS_DAYS } from './stats-queries';

// The employer dashboard's reads. Every function takes the actor and only ever sees vacancies of
// the actor's companies (HOUSE_STYLE rule 3); a foreign id looks exactly like an unknown one.

export type DashboardActor = Pick<CurrentUser, 'companies'>;
const Id = z.uuid();

/** The dashboard's URL state: a bad `status` or an overlong `q` is ignored, never an error. */
export const DashboardFiltersSchema = z.object({
  status: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(VACANCY_STATUSES).optional().catch(undefined)),
  q: LenientSearchTextSchema,
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardFilters {
  return DashboardFiltersSchema.parse(params);
}

export type StatTotals = { views: number; applyClicks: number; applications: number };

export type DashboardVacancy = {
  id: string;
  slug: string;
  title: string;
  status: VacancyStatus;
  publishedAt: Date | null;
  expiresAt: Date | null;
  hasRevision: boolean;
  stats30: StatTotals;
};

/** First day of the last `STATS_DAYS` days (the site's calendar days, lib/vacancies/stats-days.ts), today included. */
export function statsSince(now: Date): Date {
  return dayDate(addDays(statsDay(now), -(STATS_DAYS - 1)));
}

/** `%`, `_` and the escape character itself match literally in ILIKE. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const companyIds = (actor: DashboardActor) => actor.companies.map((c) => c.id);

async function titleMatches(ids: string[], q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM vacancies
    WHERE "companyId" = ANY(${ids}::uuid[]) AND title ILIKE ${likePattern(q)} ESCAPE '\\'`;
  return rows.map((r) => r.id);
}

async function sums(vacancyIds: string[], now: Date): Promise<Map<string, StatTotals>> {
  if (!vacancyIds.length) return new Map();
  const rows = await db.vacancyDailyStat.groupBy({
    by: ['vacancyId'],
    where: { vacancyId: { in: vacancyIds }, day: { gte: statsSince(now) } },
    _sum: { views: true, applyClicks: true, applications: true },
  });
  return new Map(
    rows.map((r) => [
      r.vacancyId,
      { views: r._sum.views ?? 0, applyClicks: r._sum.applyClicks ?? 0, applications: r._sum.applications ?? 0 },
    ]),
  );
}

const ZERO: StatTotals = { views: 0, applyClicks: 0, applications: 0 };

/** The vacancies of the actor's companies (every member sees all of them), newest first. */
export async function getDashboardVacancies(
  actor: DashboardActor,
  filters: Partial<DashboardFilters> = {},
  now = new Date(),
): Promise<DashboardVacancy[]> {
  const ids = companyIds(actor);
  if (!ids.length) return [];
  const where: Prisma.VacancyWhereInput = { companyId: { in: ids } };
  if (filters.status) where.status = filters.status;
  if (filters.q) where.id = { in: await titleMatches(ids, filters.q) };
  const rows = await db.vacancy.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, expiresAt: true, revision: { select: { rejectedAt: true } } },
  });
  const stats = await sums(rows.map((r) => r.id), now);
  // A rejected revision no longer waits for review (its reason shows on the vacancy page).
  return rows.map(({ revision, ...r }) => ({ ...r, hasRevision: revision !== null && revision.rejectedAt === null, stats30: stats.get(r.id) ?? ZERO }));
}

export type DashboardVacancyDetail = DashboardVacancy & {
  moderationReason: string | null;
  revisionRejectionReason: string | null;
  events: { id: string; action: string; reason: string | null; createdAt: Date }[];
  /** The company's own live ads with the same text, found when this one was submitted (lib/moderation/board). */
  ownCopies: { id: string; title: string; status: VacancyStatus }[];
};

/** Ids of the own live copies noted in a vacancy's risk reasons; nothing else of the score reaches the employer. */
function ownCopiesOf(riskReasons: unknown): string[] {
  const parsed = riskReasonsSchema.safeParse(riskReasons ?? []);
  if (!parsed.success) return [];
  return (parsed.data.find((r) => r.code === 'ownLiveDuplicate')?.links ?? []).map((l) => l.vacancyId);
}

/** One vacancy of the actor's companies with its stats and moderation history, or null. */
export async function getDashboardVacancy(actor: DashboardActor, id: string, now = new Date()): Promise<DashboardVacancyDetail | null> {
  if (!Id.safeParse(id).success) return null;
  const v = await db.vacancy.findFirst({
    where: { id, companyId: { in: companyIds(actor) } },
    select: {
      id: true, slug: true, title: true, status: true, publishedAt: true, expiresAt: true, moderationReason: true, riskReasons: true,
      revision: { select: { rejectionReason: true, rejectedAt: true } },
      moderationEvents: { select: { id: true, action: true, reason: true, createdAt: true }, orderBy: { createdAt: 'desc' } },
    },
  });
  if (!v) return null;
  // Only copies that are still the actor's company's own and still live are worth a word.
  const noted = v.status === 'pending' ? ownCopiesOf(v.riskReasons) : [];
  const live = noted.length
    ? await db.vacancy.findMany({
        where: { id: { in: noted }, companyId: { in: companyIds(actor) }, status: { in: ['published', 'pending', 'expired'] } },
        select: { id: true, title: true, status: true },
      })
    : [];
  // The days, all-time totals and chart are lib/vacancies/stats-queries.ts's getVacancyStats.
  const stats30 = (await sums([id], now)).get(id) ?? ZERO;
  return {
    id: v.id, slug: v.slug, title: v.title, status: v.status, publishedAt: v.publishedAt, expiresAt: v.expiresAt,
    hasRevision: v.revision !== null && v.revision.rejectedAt === null,
    moderationReason: v.moderationReason,
    revisionRejectionReason: v.revision?.rejectedAt ? v.revision.rejectionReason : null,
    stats30,
    events: v.moderationEvents,
    ownCopies: live,
  };
}

/**
 * The vacancy as the public page would show it, for its company's members; `published` is false for an ad never
 * published. A draft without its classification (industry, schedule, employment, experience) cannot be laid out
 * yet: `incomplete` says so, and the page asks for those fields instead.
 */
export type VacancyPreview = { vacancy: VacancyDetail; published: boolean } | { incomplete: true; title: string };

export async function getVacancyPreview(actor: DashboardActor, id: string, now = new Date()): Promise<VacancyPreview | null> {
  if (!Id.safeParse(id).success) return null;
  const row = await db.vacancy.findFirst({ where: { id, companyId: { in: companyIds(actor) } }, select: detailSelect });
  if (!row) return null;
  if (!isClassified(row)) return { incomplete: true, title: row.title };
  // The layout needs a date; the header says "not published yet" instead of showing it.
  return { vacancy: toVacancyDetail({ ...row, publishedAt: row.publishedAt ?? now }, 'open'), published: row.publishedAt !== null };
}
