import 'server-only';
import { db } from '@/lib/db';
import { isAdmin, type AdminActor } from '@/lib/moderation/audit.server';
import type { ContactKind } from '@/lib/moderation/risk/types';

export type BlockedContactRow = {
  id: string;
  kind: ContactKind;
  value: string;
  reason: string;
  blockedBy: string | null;
  createdAt: Date;
  /** Ads whose latest submission carries it, and of them the ones on the site now. */
  ads: number;
  published: number;
};

/** Every blocked contact, newest first, with how many ads carry it; null for anyone but an admin. */
export async function getBlockedContacts(actor: AdminActor | null): Promise<BlockedContactRow[] | null> {
  if (!isAdmin(actor)) return null;
  return db.$queryRaw<BlockedContactRow[]>`
    SELECT b.id::text, b.kind::text AS kind, b.value, b.reason, coalesce(u.name, u.email) AS "blockedBy", b."createdAt",
      (SELECT count(*) FROM vacancy_contacts vc WHERE vc.kind = b.kind AND vc.value = b.value)::int AS ads,
      (SELECT count(*) FROM vacancy_contacts vc JOIN vacancies v ON v.id = vc."vacancyId"
        WHERE vc.kind = b.kind AND vc.value = b.value AND v.status = 'published')::int AS published
    FROM blocked_contacts b LEFT JOIN users u ON u.id = b."blockedById"
    ORDER BY b."createdAt" DESC
    LIMIT 500`;
}
