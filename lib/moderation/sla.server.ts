import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { sendMail } from '@/lib/mail/outbox.server';
import { slaAlertMail } from './sla-mail';

// The moderation-sla job (lib/jobs/definitions.ts): when a vacancy has waited for review longer than
// MODERATION_SLA_HOURS, every admin is mailed. moderation_sla_alerts remembers which waits were reported; a
// vacancy that is decided and submitted again waits anew. One mail per episode: while earlier overdue waits
// are still open, newly overdue ones are recorded but mailed about only once MODERATION_SLA_HOURS have passed
// since the last mail, so a backlog crossing the line one ad at a time does not mail every ten minutes.

const HOUR = 3_600_000;
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** What waits for review and since when: new vacancies (their latest submission) and edits of published ones. */
const WAITING = Prisma.sql`
  SELECT v.id AS "vacancyId",
    COALESCE((SELECT max(e."createdAt") FROM moderation_events e WHERE e."vacancyId" = v.id AND e.action = 'submitted'), v."updatedAt") AS "submittedAt"
  FROM vacancies v WHERE v.status = 'pending'
  UNION ALL
  SELECT r."vacancyId", r."submittedAt" FROM vacancy_revisions r JOIN vacancies v ON v.id = r."vacancyId"
  WHERE r."rejectedAt" IS NULL AND v.status <> 'pending'`;

export async function alertOverdueModeration(slaHours: number, now = new Date()): Promise<{ overdue: number; newlyOverdue: number; mails: number }> {
  const cutoff = new Date(now.getTime() - slaHours * HOUR);
  const { claimed, lastSent } = await db.$transaction(async (tx) => {
    // Alerts about waits that have ended (decided, or submitted again since) are forgotten.
    await tx.$executeRaw`
      DELETE FROM moderation_sla_alerts a
      WHERE NOT EXISTS (SELECT 1 FROM (${WAITING}) w WHERE w."vacancyId" = a."vacancyId" AND w."submittedAt" <= a."sentAt")`;
    // The episode so far: the latest alert still open, if any.
    const [open] = await tx.$queryRaw<{ lastSent: Date | null }[]>`SELECT max("sentAt") AS "lastSent" FROM moderation_sla_alerts`;
    // One row per overdue wait; a second run (or a second worker) finds it there and mails nothing.
    const rows = await tx.$queryRaw<{ vacancyId: string }[]>`
      INSERT INTO moderation_sla_alerts ("vacancyId", "sentAt")
      SELECT w."vacancyId", ${utc(now)} FROM (${WAITING}) w WHERE w."submittedAt" <= ${utc(cutoff)}
      ON CONFLICT ("vacancyId") DO NOTHING
      RETURNING "vacancyId"::text`;
    return { claimed: rows, lastSent: open?.lastSent ?? null };
  });
  const [stats] = await db.$queryRaw<{ waiting: number; overdue: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS waiting, count(*) FILTER (WHERE "submittedAt" <= ${utc(cutoff)})::int AS overdue, min("submittedAt") AS oldest
    FROM (${WAITING}) w`;
  const overdue = stats?.overdue ?? 0;
  if (claimed.length === 0 || !stats?.oldest) return { overdue, newlyOverdue: 0, mails: 0 };
  // Admins already mailed about this episode hear again only after another SLA period.
  if (lastSent && now.getTime() - lastSent.getTime() < slaHours * HOUR) return { overdue, newlyOverdue: claimed.length, mails: 0 };

  const admins = await db.user.findMany({ where: { role: 'admin', blockedAt: null }, select: { email: true, locale: true } });
  const facts = { overdue, waiting: stats.waiting, oldestHours: Math.floor((now.getTime() - stats.oldest.getTime()) / HOUR), slaHours };
  for (const a of admins) await sendMail(slaAlertMail(a.email, a.locale === 'en' ? 'en' : 'ru', facts));
  return { overdue, newlyOverdue: claimed.length, mails: admins.length };
}
