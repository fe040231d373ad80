import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { queueMail } from '@/lib/mail/outbox.server';
import { getExchangeRates } from '@/lib/rates/queries';
import type { Rates } from '@/lib/salary/normalize';
import { findNewestMatches, type NewestMatch } from '@/lib/vacancies/catalogue-queries';
import { getVacancyCards } from '@/lib/vacancies/queries';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { alertMail } from './mail';
import { toMailLocale } from '@/lib/mail/translate';
import { canonicalAlertQuery, MAIL_ITEMS } from './schemas';

// The job-alerts job (every 5 minutes): each confirmed alert that is due gets one mail listing the
// vacancies published since its last run that match its search. Due alerts with the same search share one
// catalogue query. job_alert_deliveries is the arbiter of "never twice": the mail is written in the same
// transaction as the deliveries it lists.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/**
 * How far before the last run each run looks again: an approval's transaction may commit a little after
 * its publishedAt, so a run can miss a vacancy stamped just before it. Deliveries keep re-reads harmless.
 */
export const LOOKBACK_MS = HOUR_MS;
/** Slack so that a daily alert confirmed at 09:00 is not pushed to 09:05, then 09:10, … by the 5-minute cron. */
const SLACK_MS = 10 * MINUTE_MS;
/** Matches read per search; a mail says "more than …" past it. */
export const MATCH_CAP = 1000;
const BATCH = 2000;

export type AlertRunSummary = { due: number; mailed: number; vacancies: number; searches: number };

/** Alerts whose turn it is: instant ones every run, daily ones a day after their last run, weekly a week. */
function dueWhere(now: Date): Prisma.JobAlertWhereInput {
  const before = (ms: number) => new Date(now.getTime() - ms + SLACK_MS);
  return {
    confirmedAt: { not: null },
    // Not those this run has done already (their coveredUntil is `now`).
    coveredUntil: { lt: now },
    OR: [
      { frequency: 'instant' },
      { frequency: 'daily', coveredUntil: { lte: before(DAY_MS) } },
      { frequency: 'weekly', coveredUntil: { lte: before(7 * DAY_MS) } },
    ],
  };
}

type DueAlert = { id: string; email: string; locale: string; query: string; coveredUntil: Date; confirmedAt: Date | null };

const floorOf = (alert: DueAlert) => new Date(Math.max(alert.coveredUntil.getTime() - LOOKBACK_MS, alert.confirmedAt?.getTime() ?? 0));

/** What one alert should mail: its share of the search's matches, minus what it mailed before. */
function planAlert(
  alert: DueAlert,
  matches: readonly NewestMatch[],
  delivered: ReadonlySet<string>,
  now: Date,
): { listed: string[]; record: string[]; total: number; capped: boolean } {
  const floor = floorOf(alert).getTime();
  const mine = matches.filter((m) => m.publishedAt.getTime() > floor && !delivered.has(`${alert.id}:${m.id}`));
  const listed = mine.slice(0, MAIL_ITEMS).map((m) => m.id);
  // The unlisted ones a later run's look-back would find again are recorded too: "and N more" means them.
  const recent = now.getTime() - LOOKBACK_MS;
  const record = [...new Set([...listed, ...mine.filter((m) => m.publishedAt.getTime() > recent).map((m) => m.id)])];
  const oldest = matches.at(-1)?.publishedAt.getTime() ?? Infinity;
  return { listed, record, total: mine.length, capped: matches.length >= MATCH_CAP && oldest > floor };
}

type Shared = { now: Date; rates: Rates; cards: Map<string, VacancyCardData> };

async function runAlert(alert: DueAlert, plan: ReturnType<typeof planAlert>, filters: ReturnType<typeof canonicalAlertQuery>, shared: Shared): Promise<number> {
  const { now } = shared;
  return db.$transaction(async (tx) => {
    // A concurrent run (a second worker) holds the row, or has done it: we skip it.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "job_alerts" WHERE "id" = ${alert.id}::uuid AND "coveredUntil" = ${alert.coveredUntil} FOR UPDATE SKIP LOCKED`;
    if (!locked.length) return 0;
    let listed: string[] = [];
    if (plan.record.length) {
      const inserted = await tx.$queryRaw<{ vacancyId: string }[]>`
        INSERT INTO "job_alert_deliveries" ("alertId", "vacancyId", "sentAt")
        SELECT ${alert.id}::uuid, id, ${now} FROM unnest(${plan.record}::uuid[]) AS id
        ON CONFLICT DO NOTHING RETURNING "vacancyId"`;
      const fresh = new Set(inserted.map((r) => r.vacancyId));
      listed = plan.listed.filter((id) => fresh.has(id));
    }
    const items = listed.map((id) => shared.cards.get(id)).filter((c): c is VacancyCardData => c !== undefined);
    if (items.length) {
      const total = plan.total - (plan.listed.length - items.length);
      const mail = alertMail({
        alertId: alert.id, to: alert.email, locale: toMailLocale(alert.locale), filters: filters.filters, query: filters.query,
        items, total, capped: plan.capped, rates: shared.rates, now,
      });
      await queueMail(tx, mail, now);
    }
    await tx.jobAlert.update({ where: { id: alert.id }, data: { coveredUntil: now, ...(items.length && { lastSentAt: now }) } });
    return items.length;
  });
}

/** One batch of due alerts: one catalogue query per distinct search, one transaction per alert. */
async function runBatch(alerts: DueAlert[], shared: Shared, summary: AlertRunSummary): Promise<void> {
  const bySearch = new Map<string, DueAlert[]>();
  for (const alert of alerts) {
    const key = canonicalAlertQuery(alert.query).query;
    bySearch.set(key, [...(bySearch.get(key) ?? []), alert]);
  }
  for (const [query, group] of bySearch) {
    summary.searches++;
    const search = canonicalAlertQuery(query);
    const after = new Date(Math.min(...group.map((a) => floorOf(a).getTime())));
    const { matches } = await findNewestMatches(search.filters, { publishedAfter: after, limit: MATCH_CAP }, shared.now);
    const delivered = new Set<string>();
    if (matches.length) {
      const rows = await db.jobAlertDelivery.findMany({
        where: { alertId: { in: group.map((a) => a.id) }, vacancyId: { in: matches.map((m) => m.id) } },
        select: { alertId: true, vacancyId: true },
      });
      for (const r of rows) delivered.add(`${r.alertId}:${r.vacancyId}`);
    }
    const plans = group.map((alert) => ({ alert, plan: planAlert(alert, matches, delivered, shared.now) }));
    const missing = [...new Set(plans.flatMap((p) => p.plan.listed))].filter((id) => !shared.cards.has(id));
    for (const card of await getVacancyCards(missing)) shared.cards.set(card.id, card);
    for (const { alert, plan } of plans) {
      summary.due++;
      const listed = await runAlert(alert, plan, search, shared);
      if (listed) {
        summary.mailed++;
        summary.vacancies += listed;
      }
    }
  }
}

/** The job: every due alert, in batches by id. */
export async function sendJobAlerts(now = new Date()): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { due: 0, mailed: 0, vacancies: 0, searches: 0 };
  const shared: Shared = { now, rates: await getExchangeRates(), cards: new Map() };
  let after: string | null = null;
  for (;;) {
    const batch: DueAlert[] = await db.jobAlert.findMany({
      where: { AND: [dueWhere(now), after ? { id: { gt: after } } : {}] },
      select: { id: true, email: true, locale: true, query: true, coveredUntil: true, confirmedAt: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    await runBatch(batch, shared, summary);
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    after = last.id;
  }
  return summary;
}

/** Deliveries far behind every alert's look-back window decide nothing any more (housekeeping). */
export const DELIVERY_DAYS = 14;

export async function deleteOldDeliveries(now = new Date()): Promise<number> {
  const { count } = await db.jobAlertDelivery.deleteMany({ where: { sentAt: { lt: new Date(now.getTime() - DELIVERY_DAYS * DAY_MS) } } });
  return count;
}
