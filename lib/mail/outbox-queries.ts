import 'server-only';
import { db } from '@/lib/db';
import { isAdmin, type AdminActor } from '@/lib/moderation/audit.server';

export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
};

/** The newest mails in the outbox, for the development mail viewer. */
export async function getOutbox(limit: number): Promise<OutboxEntry[]> {
  return db.outboxMail.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(Math.trunc(limit), 1), 200),
    select: { id: true, to: true, subject: true, kind: true, text: true, createdAt: true, sentAt: true, error: true },
  });
}

export type GivenUpMail = { id: string; to: string; subject: string; kind: string; attempts: number; error: string | null; failedAt: Date };
export type UndeliveredMail = { waiting: number; gaveUp: number; latestGivenUp: GivenUpMail[] };

/** For the admin overview: mail the retry job will try again, mail it gave up on, and the latest of those. */
export async function getUndeliveredMail(actor: AdminActor | null, limit = 5): Promise<UndeliveredMail | null> {
  if (!isAdmin(actor)) return null;
  const givenUp = { failedAt: { not: null } };
  const [waiting, gaveUp, latest] = await Promise.all([
    // Failed at least once and scheduled; a first send still in flight has no error yet.
    db.outboxMail.count({ where: { nextAttemptAt: { not: null }, error: { not: null } } }),
    db.outboxMail.count({ where: givenUp }),
    db.outboxMail.findMany({
      where: givenUp,
      orderBy: [{ failedAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: { id: true, to: true, subject: true, kind: true, attempts: true, error: true, failedAt: true },
    }),
  ]);
  // The filter already guarantees failedAt; this only narrows the type.
  const latestGivenUp = latest.flatMap(({ failedAt, ...m }) => (failedAt ? [{ ...m, failedAt }] : []));
  return { waiting, gaveUp, latestGivenUp };
}
