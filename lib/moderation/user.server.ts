import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { invalidOutcome } from '@/lib/forms/issues';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin, recordAudit, type AdminActor } from './audit.server';
import { ReasonSchema } from './review-schemas';

// Blocking an account: sign-in refuses it (lib/accounts/credentials-queries.ts) and getCurrentUser
// treats an existing session as signed out, so the block takes effect on the next request.

export type UserBlockOutcome =
  | { ok: true; value: null }
  | { ok: false; error: 'notFound' | 'cannotBlockSelf' | 'alreadyBlocked' | 'notBlocked' }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const Id = z.uuid();

type LockedUser = { blockedAt: Date | null; blockedReason: string | null };

async function lockUser(tx: Prisma.TransactionClient, userId: string): Promise<LockedUser | null> {
  const [user] = await tx.$queryRaw<LockedUser[]>`SELECT "blockedAt", "blockedReason" FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  return user ?? null;
}

export async function blockUser(actor: AdminActor | null, userId: string, input: unknown, now = new Date()): Promise<UserBlockOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(userId).success) return NOT_FOUND;
  if (userId === actor.id) return { ok: false, error: 'cannotBlockSelf' };
  const parsed = ReasonSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { reason } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return NOT_FOUND;
    if (user.blockedAt) return { ok: false, error: 'alreadyBlocked' } as const;
    await tx.user.update({ where: { id: userId }, data: { blockedAt: now, blockedReason: reason, sessionsValidFrom: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'user.block', targetType: 'user', targetId: userId, reason });
    return { ok: true, value: null } as const;
  });
}

export async function unblockUser(actor: AdminActor | null, userId: string): Promise<UserBlockOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(userId).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return NOT_FOUND;
    if (!user.blockedAt) return { ok: false, error: 'notBlocked' } as const;
    await tx.user.update({ where: { id: userId }, data: { blockedAt: null, blockedReason: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: 'user.unblock', targetType: 'user', targetId: userId,
      data: { blockedAt: user.blockedAt.toISOString(), blockedReason: user.blockedReason },
    });
    return { ok: true, value: null } as const;
  });
}
