import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { queueMail } from '@/lib/mail/outbox-actions';
import { getExchangeRates } from '@/lib/rates/queries';
import { findNewMatches } from '@/lib/vacancies/catalogue-queries';
import { getVacancyCards } from '@/lib/vacancies/queries';
import { alertMail, toAlertLocale } from './mail';
import { canonicalAlertQuery, MAIL_ITEMS } from './schemas';

// The job-alerts job (every 5 minutes): each confirmed alert that is due gets one mail listing the
// vacancies published since its last run that match its search. job_alert_deliveries is the arbiter of
// "never twice": the mail is written in the same transaction as the deliveries it lists.

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
const BATCH = 200;

export type AlertRunSummary = { due: number; mailed: number; vacancies: number };

/** Alerts whose turn it is: instant ones every run, daily ones a day after their last run, weekly a week. */
function dueWhere(now: Date): Prisma.JobAlertWhereInput {
  const before = (ms: number) => new Date(now.getTime() - ms + SLACK_MS);
  return {
    confirmedAt: { not: null },
    OR: [
      { frequency: 'instant' },
      { frequency: 'daily', coveredUntil: { lte: before(DAY_MS) } },
      { frequency: 'weekly', coveredUntil: { lte: before(7 * DAY_MS) } },
    ],
  };
}

type DueAlert = { id: string; email: string; locale: string; query: string; coveredUntil: Date; confirmedAt: Date | null };

async function runAlert(alert: DueAlert, now: Date): Promise<number> {
  const { filters, query } = canonicalAlertQuery(alert.query);
  const floor = Math.max(alert.coveredUntil.getTime() - LOOKBACK_MS, alert.confirmedAt?.getTime() ?? 0);
  const matches = await findNewMatches(filters, { alertId: alert.id, after: new Date(floor), limit: MAIL_ITEMS }, now);

  return db.$transaction(async (tx) => {
    // A concurrent run (a second worker) holds the row: it does this alert; we skip it.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "job_alerts" WHERE "id" = ${alert.id}::uuid AND "coveredUntil" = ${alert.coveredUntil} FOR UPDATE SKIP LOCKED`;
    if (!locked.length) return 0;
    let listed: string[] = [];
    if (matches.ids.length) {
      const inserted = await tx.$queryRaw<{ vacancyId: string }[]>`
        INSERT INTO "job_alert_deliveries" ("alertId", "vacancyId", "sentAt")
        SELECT ${alert.id}::uuid, id, ${now} FROM unnest(${matches.ids}::uuid[]) AS id
        ON CONFLICT DO NOTHING RETURNING "vacancyId"`;
      const fresh = new Set(inserted.map((r) => r.vacancyId));
      listed = matches.ids.filter((id) => fresh.has(id));
    }
    if (listed.length) {
      const items = await getVacancyCards(listed);
      const total = matches.total - (matches.ids.length - listed.length);
      const mail = alertMail({
        alertId: alert.id, to: alert.email, locale: toAlertLocale(alert.locale), filters, query, items, total,
        rates: await getExchangeRates(), now,
      });
      await queueMail(tx, mail, now);
    }
    await tx.jobAlert.update({ where: { id: alert.id }, data: { coveredUntil: now, ...(listed.length && { lastSentAt: now }) } });
    return listed.length;
  });
}

/** The job: every due alert, in batches, oldest-covered first. */
export async function sendJobAlerts(now = new Date()): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { due: 0, mailed: 0, vacancies: 0 };
  let cursor: { coveredUntil: Date; id: string } | null = null;
  for (;;) {
    const batch: DueAlert[] = await db.jobAlert.findMany({
      where: {
        AND: [
          dueWhere(now),
          cursor ? { OR: [{ coveredUntil: { gt: cursor.coveredUntil } }, { coveredUntil: cursor.coveredUntil, id: { gt: cursor.id } }] } : {},
        ],
      },
      select: { id: true, email: true, locale: true, query: true, coveredUntil: true, confirmedAt: true },
      orderBy: [{ coveredUntil: 'asc' }, { id: 'asc' }],
      take: BATCH,
    });
    for (const alert of batch) {
      summary.due++;
      const listed = await runAlert(alert, now);
      if (listed) {
        summary.mailed++;
        summary.vacancies += listed;
      }
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    cursor = { coveredUntil: last.coveredUntil, id: last.id };
  }
  return summary;
}

/** Deliveries far behind every alert's look-back window decide nothing any more (housekeeping). */
export const DELIVERY_DAYS = 14;

export async function deleteOldDeliveries(now = new Date()): Promise<number> {
  const { count } = await db.jobAlertDelivery.deleteMany({ where: { sentAt: { lt: new Date(now.getTime() - DELIVERY_DAYS * DAY_MS) } } });
  return count;
}
