import 'server-only';
import { db } from '@/lib/db';
import { fileStorage } from '@/lib/storage/storage.server';

const DAY_MS = 86_400_000;
/** A withdrawal also withdraws consent to keep the data (152-FZ, art. 9): erased within 30 days. */
export const WITHDRAWN_RETENTION_DAYS = 30;
/** A CV stored for an application that never got its row (a crash between the two) is gone after a day. */
const UNCLAIMED_FILE_HOURS = 24;

/**
 * Erases the personal data of applications to vacancies that ended (closed, expired or removed) more
 * than `days` ago, and of applications withdrawn more than 30 days ago: contact details, texts, the uploaded CV and the employer's notes go; the row stays (status, dates,
 * consent record) so the vacancy's figures still add up. Safe to run twice at once: `erasedAt IS NULL`
 * is re-checked under the row lock.
 */
export async function eraseEndedApplications(days: number, now = new Date()): Promise<{ erased: number; files: number }> {
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
        "languages" = '[]', "preferredShifts" = NULL, "coverMessage" = '', "cvUrl" = NULL, "cvFileName" = NULL,
        "withdrawTokenHash" = NULL, "erasedAt" = ${now}, "updatedAt" = ${now}
      WHERE a."erasedAt" IS NULL
        AND (a."vacancyId" IN (SELECT "id" FROM ended)
          OR (a."status" = 'withdrawn' AND a."withdrawnAt" <= ${withdrawnCutoff}))
      RETURNING a."id"
    ), notes AS (
      DELETE FROM "application_notes" n USING erased WHERE n."applicationId" = erased."id"
    )
    SELECT "id" FROM erased`;
  return { erased: rows.length, files: await deleteErasedFiles(now) };
}

/**
 * Uploaded CVs of erased applications, CVs no application claimed and logo files no company shows (after a
 * day): the bytes and the row go (the
 * application's `cvFileId` is nulled by its foreign key). A file that cannot be deleted now (the bucket
 * is down) stays listed here, so the next run tries again; `cvFileId` is kept until then for that reason.
 */
async function deleteErasedFiles(now: Date): Promise<number> {
  const unclaimedBefore = new Date(now.getTime() - UNCLAIMED_FILE_HOURS * 3_600_000);
  const files = await db.$queryRaw<{ id: string }[]>`
    SELECT f."id"::text AS "id" FROM "stored_files" f
    WHERE (f."purpose" = 'cv' AND (
      EXISTS (SELECT 1 FROM "applications" a WHERE a."cvFileId" = f."id" AND a."erasedAt" IS NOT NULL)
      OR (f."createdAt" < ${unclaimedBefore} AND NOT EXISTS (SELECT 1 FROM "applications" a WHERE a."cvFileId" = f."id"))
    )) OR (f."purpose" = 'logo' AND f."createdAt" < ${unclaimedBefore}
      -- A replaced logo whose files could not be deleted then, or an upload that failed half-way.
      AND NOT EXISTS (SELECT 1 FROM "company_logo_files" l WHERE l."fileId" = f."id"))`;
  let deleted = 0;
  for (const { id } of files) {
    try {
      await fileStorage().delete(id);
      deleted++;
    } catch (err) {
      console.error('[retention] could not delete stored file', id, err);
    }
  }
  return deleted;
}
