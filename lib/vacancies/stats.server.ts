import 'server-only';
import { isbot } from 'isbot';
import { visitorHash } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { statsDay } from './stats-days';

/**
 * Crawlers, link previews, monitors and scripted browsers (the maintained `isbot` list), and requests with no
 * or a stub user agent: not candidates, so not views or apply clicks.
 */
export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length < 20 || isbot(userAgent);
}

/**
 * Counts a view of a public vacancy page: one per visitor per day (the site's calendar day), bots excluded. The visitor is a
 * salted hash of address and browser for that day only, so no raw IP is stored and days cannot be linked.
 * Returns whether the view counted.
 */
export async function recordVacancyView(
  vacancyId: string,
  visitor: { ip: string; userAgent: string | null },
  now = new Date(),
): Promise<boolean> {
  if (isBot(visitor.userAgent)) return false;
  const day = statsDay(now);
  const hash = visitorHash(env.AUTH_SECRET, 'view', day, visitor.ip, visitor.userAgent);
  const counted = await db.$executeRaw`
    WITH visit AS (
      INSERT INTO "vacancy_visits" ("vacancyId", "day", "visitorHash") VALUES (${vacancyId}::uuid, ${day}::date, ${hash})
      ON CONFLICT DO NOTHING RETURNING 1
    )
    INSERT INTO "vacancy_daily_stats" ("vacancyId", "day", "views")
    SELECT ${vacancyId}::uuid, ${day}::date, 1 FROM visit
    ON CONFLICT ("vacancyId", "day") DO UPDATE SET "views" = "vacancy_daily_stats"."views" + 1`;
  return counted > 0;
}
