import 'server-only';
import { db } from '@/lib/db';
import { sendMail } from '@/lib/mail/outbox.server';
import { toMailLocale } from '@/lib/mail/translate';
import { digestMail, type DigestItem } from './mail';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily summary for members who chose `daily` notices: one mail each, covering their companies'
 * applications created in the 24 hours before `now`. Run by the daily job; running it again on the same
 * UTC day sends nothing new (a member who already has today's digest in the outbox is skipped).
 * Returns how many digests were sent.
 */
export async function sendApplicationDigests(now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - DAY_MS);
  const startOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const members = await db.user.findMany({
    where: { applicationNotices: 'daily', blockedAt: null, memberships: { some: {} } },
    select: { email: true, locale: true, memberships: { select: { companyId: true } } },
    orderBy: { email: 'asc' },
  });

  let sent = 0;
  for (const member of members) {
    const items = await digestItems(member.memberships.map((m) => m.companyId), since, now);
    if (items.length === 0) continue;
    // Two runs at once: a lock per member and day makes the second wait, then see the first one's mail.
    const mailed = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`application-digest:${member.email}:${startOfDay.toISOString()}`}))`;
      const already = await tx.outboxMail.findFirst({
        where: { to: member.email, kind: 'application-digest', createdAt: { gte: startOfDay } },
        select: { id: true },
      });
      if (already) return false;
      await sendMail(digestMail({ to: member.email, locale: toMailLocale(member.locale), items }));
      return true;
    }, { timeout: 30_000 });
    if (mailed) sent++;
  }
  return sent;
}

/** Applications per vacancy of these companies in [since, until), busiest first. */
async function digestItems(companyIds: string[], since: Date, until: Date): Promise<DigestItem[]> {
  const groups = await db.application.groupBy({
    by: ['vacancyId'],
    where: { createdAt: { gte: since, lt: until }, vacancy: { companyId: { in: companyIds } } },
    _count: { _all: true },
  });
  if (groups.length === 0) return [];
  const vacancies = await db.vacancy.findMany({
    where: { id: { in: groups.map((g) => g.vacancyId) } },
    select: { id: true, title: true, company: { select: { name: true } } },
  });
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  return groups
    .flatMap((g) => {
      const v = byId.get(g.vacancyId);
      return v ? [{ title: v.title, company: v.company.name, count: g._count._all }] : [];
    })
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}
