import 'server-only';
import { db } from '@/lib/db';
import { sendMail } from '@/lib/mail/outbox.server';
import { expiryReminderMail } from '@/lib/mail/templates';

// Scheduled work on vacancies. Each task claims its rows with one UPDATE … WHERE <still to do>, so two
// workers running at once (or a task run twice) change each row once: the second UPDATE waits for the
// first one's row locks, re-checks the condition and skips the rows already done.

export const REMINDER_DAYS_BEFORE_EXPIRY = 3;
const DAY_MS = 86_400_000;

/** Published vacancies past expiresAt become expired, each with one 'expired' moderation event. */
export async function expireVacancies(now = new Date()): Promise<{ expired: number }> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH expired AS (
      UPDATE "vacancies" SET "status" = 'expired', "updatedAt" = ${now}
      WHERE "status" = 'published' AND "expiresAt" <= ${now}
      RETURNING "id"
    ), events AS (
      INSERT INTO "moderation_events" ("vacancyId", "action", "createdAt")
      SELECT "id", 'expired'::"ModerationAction", ${now} FROM expired
    )
    SELECT "id" FROM expired`;
  return { expired: rows.length };
}

/** Mails the company's members once per expiry date, three days before a published vacancy expires. */
export async function remindExpiringVacancies(now = new Date()): Promise<{ vacancies: number; mails: number }> {
  const until = new Date(now.getTime() + REMINDER_DAYS_BEFORE_EXPIRY * DAY_MS);
  const claimed = await db.$queryRaw<{ id: string; title: string; expiresAt: Date; companyId: string }[]>`
    UPDATE "vacancies" SET "expiryRemindedFor" = "expiresAt"
    WHERE "status" = 'published' AND "expiresAt" > ${now} AND "expiresAt" <= ${until}
      AND "expiryRemindedFor" IS DISTINCT FROM "expiresAt"
    RETURNING "id", "title", "expiresAt", "companyId"`;
  if (!claimed.length) return { vacancies: 0, mails: 0 };

  const members = await db.membership.findMany({
    where: { companyId: { in: [...new Set(claimed.map((v) => v.companyId))] }, user: { blockedAt: null } },
    select: { companyId: true, user: { select: { email: true, name: true, locale: true } } },
  });
  let mails = 0;
  for (const vacancy of claimed) {
    for (const { user } of members.filter((m) => m.companyId === vacancy.companyId)) {
      const locale = user.locale === 'en' ? 'en' : 'ru';
      await sendMail(await expiryReminderMail(user.email, user.name, vacancy, locale));
      mails++;
    }
  }
  return { vacancies: claimed.length, mails };
}
