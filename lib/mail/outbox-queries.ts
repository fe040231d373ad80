import 'server-only';
import { db } from '@/lib/db';

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
