import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { visitorHash } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isBot } from '@/lib/vacancies/stats.server';

/** Where an apply click goes: the employer's site, a mail to them, or back to the vacancy page when it no longer takes any. */
export type ApplyTarget = { kind: 'url'; url: string } | { kind: 'email'; email: string; title: string } | { kind: 'page'; slug: string };

type Visitor = { ip: string; userAgent: string | null };

const Id = z.uuid();
// Targets come from employers: only web links and plain addresses leave the site (no javascript:, no header injection).
const webUrl = z.url({ protocol: /^https?$/ });
const emailAddress = z.email();

/**
 * Resolves an apply click on a `url` or `email` vacancy and counts it in vacancy_daily_stats.applyClicks:
 * once per visitor, vacancy and day, bots excluded. The visitor is a salted hash of address and browser for
 * that day, kept only as a rate-limit key that expires. Null for an unknown or non-public vacancy.
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

async function countClick(vacancyId: string, visitor: Visitor, now: Date): Promise<boolean> {
  if (isBot(visitor.userAgent)) return false;
  const day = now.toISOString().slice(0, 10);
  const hash = visitorHash(env.AUTH_SECRET, 'click', day, visitor.ip, visitor.userAgent);
  if (!(await withinLimits([['applyClick', `${vacancyId}:${hash}`]]))) return false;
  await db.$executeRaw`
    INSERT INTO "vacancy_daily_stats" ("vacancyId", "day", "applyClicks") VALUES (${vacancyId}::uuid, ${day}::date, 1)
    ON CONFLICT ("vacancyId", "day") DO UPDATE SET "applyClicks" = "vacancy_daily_stats"."applyClicks" + 1`;
  return true;
}
