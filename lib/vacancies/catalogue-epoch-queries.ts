import 'server-only';
import { readDb as db } from '@/lib/db-read';

/** The catalogue's epoch as of `now`: its version, and when the next open vacancy expires (or never). */
export async function catalogueEpoch(now: Date): Promise<string> {
  // The row's time as well as its number: the demo seed empties the table, and the count starts again.
  const [row] = await db.$queryRaw<{ version: string | null; nextExpiry: Date | null }[]>`
    SELECT (SELECT s."version" || '.' || extract(epoch FROM s."changedAt") FROM "catalogue_state" s WHERE s."id" = 1) AS "version",
           (SELECT min(v."expiresAt") FROM "vacancies" v WHERE v."status" = 'published' AND v."expiresAt" > ${now}) AS "nextExpiry"`;
  return `${row?.version ?? '0'}@${row?.nextExpiry?.getTime() ?? 'never'}`;
}
