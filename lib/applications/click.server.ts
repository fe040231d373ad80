import 'server-only';
import '@/lib/zod-setup';
import { headers } from 'next/headers';
import { z } from 'zod';
import { visitorHash } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clientAddressFrom } from '@/lib/http/client-address';
import { statsDay } from '@/lib/vacancies/stats-days';
import { isBot } from '@/lib/vacancies/stats.server';

// Apply clicks (decision 025): a person started to apply. For a `url` or `email` vacancy that is the press of the
// Apply button (it passes through /api/vacancies/[id]/apply); for an on-site form it is the first thing typed or
// chosen in the form (POST /api/vacancies/[id]/apply/start), and an application sent without such a start counts
// as its own click. So clicks are never fewer than applications, per day and in every total.
//
// "Once per visitor" works like views: the visitor is a salted hash of address and browser for that day, stored in
// vacancy_visits under its own purpose ('click', and 'click-used' once an application has been matched to it), so
// neither a raw address nor a link between days is kept.

/** Where an apply click goes: the employer's site, a mail to them, or back to the vacancy page when it no longer takes any. */
export type ApplyTarget = { kind: 'url'; url: string } | { kind: 'email'; email: string; title: string } | { kind: 'page'; slug: string };

export type Visitor = { ip: string; userAgent: string | null };

const Id = z.uuid();
// Targets come from employers: only web links and plain addresses leave the site (no javascript:, no header injection).
const webUrl = z.url({ protocol: /^https?$/ });
const emailAddress = z.email();

/** The visitor of the current request (address as our server decided it, and browser string), for server actions. */
export async function requestVisitor(): Promise<Visitor> {
  const h = await headers();
  return { ip: clientAddressFrom(h), userAgent: h.get('user-agent') };
}

const clickHash = (day: string, v: Visitor) => visitorHash(env.AUTH_SECRET, 'click', day, v.ip, v.userAgent);
const usedHash = (day: string, v: Visitor) => visitorHash(env.AUTH_SECRET, 'click-used', day, v.ip, v.userAgent);

/**
 * Resolves an apply click on a `url` or `email` vacancy and counts it in vacancy_daily_stats.applyClicks:
 * once per visitor, vacancy and day, bots excluded. Null for an unknown or non-public vacancy.
 */
export async function resolveApplyClick(vacancyId: string, visitor: Visitor, now = new Date()): Promise<{ target: ApplyTarget; counted: boolean } | null> {
  if (!Id.safeParse(vacancyId).success) return null;
  const row = await db.vacancy.findUnique({
    where: { id: vacancyId },
    select: { slug: true, title: true, status: true, expiresAt: true, applyMode: true, applyUrl: true, applyEmail: true, company: { select: { blockedAt: true } } },
  });
  if (!row || row.company.blockedAt !== null || !['published', 'closed', 'expired'].includes(row.status)) return null;

  const open = row.status === 'published' && row.expiresAt !== null && row.expiresAt > now;
  const url = row.applyMode === 'url' ? webUrl.safeParse(row.applyUrl).data : undefined;
  const email = row.applyMode === 'email' ? emailAddress.safeParse(row.applyEmail).data : undefined;
  const target: ApplyTarget | null = !open ? null : url ? { kind: 'url', url } : email ? { kind: 'email', email, title: row.title } : null;
  if (!target) return { target: { kind: 'page', slug: row.slug }, counted: false };

  return { target, counted: await countClick(vacancyId, visitor, now) };
}

/**
 * A candidate began filling in the on-site form of an open `form` vacancy: one apply click per visitor, vacancy
 * and day, bots excluded. Returns whether it counted (false also for a vacancy that takes no applications).
 */
export async function recordApplyStart(vacancyId: string, visitor: Visitor, now = new Date()): Promise<boolean> {
  if (!Id.safeParse(vacancyId).success || isBot(visitor.userAgent)) return false;
  const open = await db.vacancy.count({
    where: { id: vacancyId, status: 'published', applyMode: 'form', expiresAt: { gt: now }, company: { blockedAt: null } },
  });
  return open > 0 && countClick(vacancyId, visitor, now);
}

async function countClick(vacancyId: string, visitor: Visitor, now: Date): Promise<boolean> {
  if (isBot(visitor.userAgent)) return false;
  const day = statsDay(now);
  const counted = await db.$executeRaw`
    WITH visit AS (
      INSERT INTO "vacancy_visits" ("vacancyId", "day", "visitorHash") VALUES (${vacancyId}::uuid, ${day}::date, ${clickHash(day, visitor)})
      ON CONFLICT DO NOTHING RETURNING 1
    )
    INSERT INTO "vacancy_daily_stats" ("vacancyId", "day", "applyClicks")
    SELECT ${vacancyId}::uuid, ${day}::date, 1 FROM visit
    ON CONFLICT ("vacancyId", "day") DO UPDATE SET "applyClicks" = "vacancy_daily_stats"."applyClicks" + 1`;
  return counted > 0;
}

/**
 * Counts a stored application in its transaction: one more application that day, and one more apply click unless
 * the same visitor's start was counted that day and not yet matched to another application. Without a known
 * visitor (no browser string) the application always brings its own click.
 */
export async function countApplication(tx: Prisma.TransactionClient, vacancyId: string, visitor: Visitor | null, now: Date): Promise<void> {
  const day = statsDay(now);
  const known = visitor !== null && visitor.userAgent !== null && visitor.userAgent !== '';
  // Matching marks the start as used (its own row, so the visitor's later starts that day still count once).
  const matched = known
    ? await tx.$executeRaw`
        INSERT INTO "vacancy_visits" ("vacancyId", "day", "visitorHash")
        SELECT ${vacancyId}::uuid, ${day}::date, ${usedHash(day, visitor)}
        WHERE EXISTS (
          SELECT 1 FROM "vacancy_visits" WHERE "vacancyId" = ${vacancyId}::uuid AND "day" = ${day}::date AND "visitorHash" = ${clickHash(day, visitor)}
        )
        ON CONFLICT DO NOTHING`
    : 0;
  const click = matched > 0 ? 0 : 1;
  await tx.$executeRaw`
    INSERT INTO "vacancy_daily_stats" ("vacancyId", "day", "applications", "applyClicks") VALUES (${vacancyId}::uuid, ${day}::date, 1, ${click})
    ON CONFLICT ("vacancyId", "day") DO UPDATE SET
      "applications" = "vacancy_daily_stats"."applications" + 1,
      "applyClicks" = "vacancy_daily_stats"."applyClicks" + EXCLUDED."applyClicks"`;
}
