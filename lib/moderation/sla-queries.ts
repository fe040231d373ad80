import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin, type AdminActor } from './audit.server';
import { recentDecisionsSql } from './queries';

// The share of review decisions taken within MODERATION_SLA_HOURS of the submission they answer (the
// latest `submitted` or `revisionSubmitted` event of the vacancy before the decision), over 7 and 30 days.

export type SlaWindow = { within: number; count: number; share: number | null };
export type SlaShare = { hours: number; days7: SlaWindow; days30: SlaWindow };

export const slaWindow = (within: number, count: number): SlaWindow => ({ within, count, share: count > 0 ? within / count : null });

export async function getSlaShare(actor: AdminActor | null, slaHours: number, now = new Date()): Promise<SlaShare | null> {
  if (!isAdmin(actor)) return null;
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const [row] = await db.$queryRaw<{ within7: number; count7: number; within30: number; count30: number }[]>`
    WITH decisions AS (${recentDecisionsSql(at)}), waits AS (
      SELECT decided_at, decided_at - submitted_at <= make_interval(hours => ${slaHours}::int) AS within
      FROM decisions WHERE submitted_at IS NOT NULL
    )
    SELECT
      count(*) FILTER (WHERE within AND decided_at > ${at} - interval '7 days')::int AS within7,
      count(*) FILTER (WHERE decided_at > ${at} - interval '7 days')::int AS count7,
      count(*) FILTER (WHERE within)::int AS within30,
      count(*)::int AS count30
    FROM waits`;
  return {
    hours: slaHours,
    days7: slaWindow(row?.within7 ?? 0, row?.count7 ?? 0),
    days30: slaWindow(row?.within30 ?? 0, row?.count30 ?? 0),
  };
}
