import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/forms/issues';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin, recordAudit, type AdminActor } from '@/lib/moderation/audit.server';
import { CONTACT_KINDS, type ContactKind } from '@/lib/moderation/risk/types';
import { normalizeContact } from './contacts';

// Blocked contacts (issue 13 item 2): an admin blocks a phone, handle, address or site; any ad submitted
// with it afterwards carries the reason at risk 100 (checks.server.ts), and no ad carrying it is approved
// while the block stands (review.server.ts). Every change is audited in its transaction.

const E = (key: string) => `blockedContacts.errors.${key}`;
const Id = z.uuid();

export const BlockContactSchema = z.object({
  kind: z.enum(CONTACT_KINDS, { error: E('kind') }),
  value: z.string({ error: E('valueRequired') }).trim().min(1, E('valueRequired')).max(300, E('valueTooLong')),
  reason: z.string({ error: E('reasonRequired') }).trim().min(3, E('reasonRequired')).max(1000, E('reasonTooLong')),
});

type Failure = { ok: false; error: 'notFound' | 'alreadyBlocked' } | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };
export type BlockOutcome = { ok: true; value: { kind: ContactKind; value: string } } | Failure;

const NOT_FOUND = { ok: false, error: 'notFound' } as const;

/** Blocks a contact as typed by the admin ("8 900 123-45-67", "t.me/x", "https://x.example/form"). */
export async function blockContact(actor: AdminActor | null, input: unknown): Promise<BlockOutcome> {
  if (!isAdmin(actor)) return NOT_FOUND;
  const parsed = BlockContactSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error, { top: true }) };
  const { kind, reason } = parsed.data;
  const value = normalizeContact(kind, parsed.data.value);
  if (!value) return { ok: false, error: 'invalid', fieldErrors: { value: [E(`notA.${kind}`)] } };
  try {
    return await db.$transaction(async (tx) => {
      const blocked = await tx.blockedContact.create({ data: { kind, value, reason, blockedById: actor.id }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: 'contact.block', targetType: 'contact', targetId: blocked.id, reason, data: { kind, value } });
      return { ok: true, value: { kind, value } } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, error: 'alreadyBlocked' };
    throw error;
  }
}

/** Lifts a block: ads with the contact can be approved again (each still needs an admin's approval). */
export async function unblockContact(actor: AdminActor | null, id: unknown): Promise<{ ok: true; value: null } | typeof NOT_FOUND> {
  if (!isAdmin(actor) || !Id.safeParse(id).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const removed = await tx.blockedContact.deleteMany({ where: { id: id as string } });
    if (!removed.count) return NOT_FOUND;
    await recordAudit(tx, { actorId: actor.id, action: 'contact.unblock', targetType: 'contact', targetId: id as string });
    return { ok: true, value: null } as const;
  });
}
