import 'server-only';
import { db } from '@/lib/db';

const DAY_MS = 86_400_000;
/** A withdrawal also withdraws consent to keep the data (152-FZ, art. 9): erased within 30 days. */
export const WITHDRAWN_RETENTION_DAYS = 30;

/**
 * Erases the personal data of applications to vacancies that ended (closed, expired or removed) more
 * than `days` ago, and of applications withdrawn more than 30 days ago: contact details, texts and the employer's notes go; the row stays (status, dates,
 * consent record) so the vacancy's figures still add up. Safe to run twice at once: `erasedAt IS NULL`
 * is re-checked under the row lock.
 */
export async function eraseEndedApplications(days: number, now = new Date()): Promise<{ erased: number }> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const withdrawnCutoff = new Date(now.getTime() - Math.min(days, WITHDRAWN_RETENTION_DAYS) * DAY_MS);
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH ended AS (
      SELECT v."id" FROM "vacancies" v
      WHERE v."status" IN ('closed', 'expired', 'removed')
        AND CASE v."status"
              WHEN 'closed' THEN COALESCE(v."closedAt", v."updatedAt")
              WHEN 'expired' THEN COALESCE(v."expiresAt", v."updatedAt")
              ELSE COALESCE((SELECT max(e."createdAt") FROM "moderation_events" e
                             WHERE e."vacancyId" = v."id" AND e."action" = 'removed'), v."updatedAt")
            END <= ${cutoff}
    ), erased AS (
      UPDATE "applications" a SET
        "name" = '', "email" = 'erased-' || a."id" || '@invalid', "phone" = NULL, "telegram" = NULL,
        "languages" = '[]', "preferredShifts" = NULL, "coverMessage" = '', "cvUrl" = NULL,
        "withdrawTokenHash" = NULL, "erasedAt" = ${now}, "updatedAt" = ${now}
      WHERE a."erasedAt" IS NULL
        AND (a."vacancyId" IN (SELECT "id" FROM ended)
          OR (a."status" = 'withdrawn' AND a."withdrawnAt" <= ${withdrawnCutoff}))
      RETURNING a."id"
    ), notes AS (
      DELETE FROM "application_notes" n USING erased WHERE n."applicationId" = erased."id"
    )
    SELECT "id" FROM erased`;
  return { erased: rows.length };
}
