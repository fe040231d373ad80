import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { addDays, dayDate, daysFrom, statsDay } from './stats-days';

// The employer's statistics: one vacancy's days and a company's totals, read from vacancy_daily_stats (views,
// apply clicks and applications per vacancy and per Moscow calendar day; see decision 025 for the clicks).
// Every function takes the actor and sees only vacancies of the actor's companies.

export type StatsActor = Pick<CurrentUser, 'companies'>;
export type StatCounts = { views: number; applyClicks: number; applications: number };
export type DailyPoint = StatCounts & { day: string };

/** How many days the "last 30 days" figures and the chart cover, today included. */
export const STATS_DAYS = 30;
/** The chart never shows fewer days than this, so a vacancy published yesterday still has a week of axis. */
const MIN_CHART_DAYS = 7;

const Id = z.uuid();
const ZERO: StatCounts = { views: 0, applyClicks: 0, applications: 0 };
const add = (a: StatCounts, b: StatCounts): StatCounts => ({
  views: a.views + b.views, applyClicks: a.applyClicks + b.applyClicks, applications: a.applications + b.applications,
});

export type VacancyStats = {
  /** Every day the vacancy has existed in stats. */
  totals: StatCounts;
  /** The last `STATS_DAYS` days, today included. */
  last30: StatCounts;
  /**
   * One point per day, oldest first, days without a row as zeros: the last `STATS_DAYS` days, starting later for a
   * vacancy published less than 30 days ago (but at least a week).
   */
  daily: DailyPoint[];
  /** Whether the vacancy has ever been published (a draft's empty chart says why it is empty). */
  everPublished: boolean;
};

/** One vacancy's stats, or null when it is not a vacancy of the actor's companies. */
export async function getVacancyStats(actor: StatsActor, vacancyId: string, now = new Date()): Promise<VacancyStats | null> {
  if (!Id.safeParse(vacancyId).success) return null;
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, companyId: { in: actor.companies.map((c) => c.id) } },
    select: { publishedAt: true },
  });
  if (!vacancy) return null;

  const today = statsDay(now);
  const since = addDays(today, -(STATS_DAYS - 1));
  const [all, rows] = await Promise.all([
    db.vacancyDailyStat.aggregate({ where: { vacancyId }, _sum: { views: true, applyClicks: true, applications: true } }),
    db.vacancyDailyStat.findMany({
      where: { vacancyId, day: { gte: dayDate(since), lte: dayDate(today) } },
      select: { day: true, views: true, applyClicks: true, applications: true },
    }),
  ]);
  const byDay = new Map(rows.map(({ day, ...counts }) => [day.toISOString().slice(0, 10), counts]));

  // The axis starts at publication (or the first recorded day, for a vacancy published, closed and renewed).
  const recorded = [...byDay.keys()].sort()[0];
  const published = vacancy.publishedAt ? statsDay(vacancy.publishedAt) : today;
  const earliest = recorded && recorded < published ? recorded : published;
  const latestStart = addDays(today, -(MIN_CHART_DAYS - 1));
  const first = earliest < since ? since : earliest > latestStart ? latestStart : earliest;

  const daily = daysFrom(first, today).map((day) => ({ day, ...(byDay.get(day) ?? ZERO) }));
  return {
    totals: { views: all._sum.views ?? 0, applyClicks: all._sum.applyClicks ?? 0, applications: all._sum.applications ?? 0 },
    last30: [...byDay.values()].reduce(add, ZERO),
    daily,
    everPublished: vacancy.publishedAt !== null,
  };
}

export type CompanyTotals = {
  /** Views of all the company's vacancies over the last `STATS_DAYS` days. */
  views: number;
  applyClicks: number;
  applications: number;
  /** Applications received over the last 7 days, today included. */
  applicationsWeek: number;
  /** Applications per view over the last `STATS_DAYS` days, 0…1 (above 1 is possible); null without views. */
  conversion: number | null;
};

/**
 * Totals over the vacancies of one of the actor's companies (`companyId`), or of all of them when it is left out.
 * Null when `companyId` is not a company of the actor's.
 */
export async function getCompanyTotals(actor: StatsActor, companyId?: string, now = new Date()): Promise<CompanyTotals | null> {
  const own = actor.companies.map((c) => c.id);
  if (companyId !== undefined && !own.includes(companyId)) return null;
  const ids = companyId ? [companyId] : own;
  const today = statsDay(now);
  const since = addDays(today, -(STATS_DAYS - 1));
  const weekSince = addDays(today, -6);
  const [row] = ids.length
    ? await db.$queryRaw<(StatCounts & { applicationsWeek: number })[]>`
        SELECT coalesce(sum(s."views"), 0)::int AS "views",
               coalesce(sum(s."applyClicks"), 0)::int AS "applyClicks",
               coalesce(sum(s."applications"), 0)::int AS "applications",
               coalesce(sum(s."applications") FILTER (WHERE s."day" >= ${weekSince}::date), 0)::int AS "applicationsWeek"
        FROM "vacancy_daily_stats" s
        JOIN "vacancies" v ON v."id" = s."vacancyId"
        WHERE v."companyId" = ANY(${ids}::uuid[]) AND s."day" BETWEEN ${since}::date AND ${today}::date`
    : [];
  const counts = row ?? { ...ZERO, applicationsWeek: 0 };
  return { ...counts, conversion: counts.views > 0 ? counts.applications / counts.views : null };
}
