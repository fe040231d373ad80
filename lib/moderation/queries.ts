import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin, type AdminActor } from './audit.server';

// The admin's reads: review queue and overview figures (the audit log is in audit-queries.ts). Every
// function checks the actor itself (HOUSE_STYLE rule 3) and gives a non-admin nothing.

export type QueueItem = {
  vacancyId: string;
  kind: 'new' | 'edit';
  title: string;
  riskScore: number | null;
  submittedAt: Date;
  company: { id: string; name: string; verified: boolean; warned: boolean; blocked: boolean };
};

type QueueRow = Omit<QueueItem, 'company'> & { companyId: string; companyName: string; verified: boolean; warned: boolean; blocked: boolean };

// Pending new vacancies (submitted at their latest 'submitted' event) and edits waiting as revisions.
const QUEUE = Prisma.sql`
  SELECT v.id::text AS "vacancyId", 'new' AS kind, v.title, v."riskScore",
    COALESCE((SELECT max(e."createdAt") FROM moderation_events e WHERE e."vacancyId" = v.id AND e.action = 'submitted'), v."updatedAt") AS "submittedAt",
    c.id::text AS "companyId", c.name AS "companyName", c."verifiedAt" IS NOT NULL AS verified,
    c."warnedAt" IS NOT NULL AS warned, c."blockedAt" IS NOT NULL AS blocked
  FROM vacancies v JOIN companies c ON c.id = v."companyId"
  WHERE v.status = 'pending'
  UNION ALL
  SELECT v.id::text, 'edit', COALESCE(r.data->>'title', v.title), r."riskScore", r."submittedAt",
    c.id::text, c.name, c."verifiedAt" IS NOT NULL, c."warnedAt" IS NOT NULL, c."blockedAt" IS NOT NULL
  FROM vacancy_revisions r JOIN vacancies v ON v.id = r."vacancyId" JOIN companies c ON c.id = v."companyId"
  WHERE r."rejectedAt" IS NULL`;

export const QUEUE_LIMIT = 300;

/** What waits for review: highest risk first (unscored last), then the longest waiting. */
export async function getReviewQueue(actor: AdminActor | null): Promise<QueueItem[]> {
  if (!isAdmin(actor)) return [];
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT * FROM (${QUEUE}) q ORDER BY "riskScore" DESC NULLS LAST, "submittedAt" ASC, "vacancyId" LIMIT ${QUEUE_LIMIT}`;
  return rows.map(({ companyId, companyName, verified, warned, blocked, ...r }) => ({
    ...r,
    company: { id: companyId, name: companyName, verified, warned, blocked },
  }));
}

export type AdminOverview = {
  queue: { newVacancies: number; edits: number; oldestSubmittedAt: Date | null };
  /** Median seconds from submission to decision, and how many decisions, over the last 7 and 30 days. */
  decisions: { days7: DecisionStat; days30: DecisionStat };
  openReports: number;
};
export type DecisionStat = { medianSeconds: number | null; count: number };

/** Figures for the admin home page; `now` is a parameter so the windows can be tested. */
export async function getAdminOverview(actor: AdminActor | null, now = new Date()): Promise<AdminOverview | null> {
  if (!isAdmin(actor)) return null;
  const [queue, decisions, openReports] = await Promise.all([
    db.$queryRaw<{ newVacancies: number; edits: number; oldest: Date | null }[]>`
      SELECT count(*) FILTER (WHERE kind = 'new')::int AS "newVacancies", count(*) FILTER (WHERE kind = 'edit')::int AS edits,
        min("submittedAt") AS oldest
      FROM (${QUEUE}) q`,
    getDecisionStats(now),
    db.scamReport.count({ where: { status: 'open' } }),
  ]);
  const q = queue[0];
  return {
    queue: { newVacancies: q?.newVacancies ?? 0, edits: q?.edits ?? 0, oldestSubmittedAt: q?.oldest ?? null },
    decisions,
    openReports,
  };
}

/**
 * The decisions of the 30 days up to `at` (a UTC timestamp without zone, as stored), each paired with the
 * latest submission event of the same vacancy before it: the body of a `decisions` CTE with columns
 * decided_at and submitted_at, shared by the time-to-decision medians and the SLA share (sla-queries.ts).
 */
export const recentDecisionsSql = (at: Prisma.Sql) => Prisma.sql`
      SELECT d."createdAt" AS decided_at,
        (SELECT max(s."createdAt") FROM moderation_events s
          WHERE s."vacancyId" = d."vacancyId" AND s.action IN ('submitted', 'revisionSubmitted') AND s."createdAt" <= d."createdAt") AS submitted_at
      FROM moderation_events d
      WHERE d.action IN ('approved', 'rejected', 'revisionApproved', 'revisionRejected')
        AND d."createdAt" > ${at} - interval '30 days' AND d."createdAt" <= ${at}
`;

/** The median wait from submission to decision, over 7 and 30 days; the casts because timestamps are UTC without zone. */
async function getDecisionStats(now: Date): Promise<AdminOverview['decisions']> {
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const [row] = await db.$queryRaw<{ median7: number | null; median30: number | null; count7: number; count30: number }[]>`
    WITH decisions AS (${recentDecisionsSql(at)}), waits AS (
      SELECT decided_at, extract(epoch FROM decided_at - submitted_at)::float8 AS seconds FROM decisions WHERE submitted_at IS NOT NULL
    )
    SELECT
      percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE decided_at > ${at} - interval '7 days') AS median7,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median30,
      count(*) FILTER (WHERE decided_at > ${at} - interval '7 days')::int AS count7,
      count(*)::int AS count30
    FROM waits`;
  return {
    days7: { medianSeconds: row?.median7 ?? null, count: row?.count7 ?? 0 },
    days30: { medianSeconds: row?.median30 ?? null, count: row?.count30 ?? 0 },
  };
}
