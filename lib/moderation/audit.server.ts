import 'server-only';
import type { CurrentUser } from '@/lib/accounts/queries';
import type { Prisma } from '@/lib/generated/prisma/client';

// Every admin action writes one audit row in the same transaction as the change it records, so the log
// never claims a change that was rolled back, and no change goes unlogged.

export type AdminActor = Pick<CurrentUser, 'id' | 'role'>;

/** The core functions' own guard: the caller must be an admin (pages use requireRole('admin') too). */
export const isAdmin = (actor: Pick<CurrentUser, 'role'> | null | undefined): actor is AdminActor =>
  actor?.role === 'admin';

export type AuditEntry = {
  actorId: string | null;
  /** `<target>.<verb>`, e.g. "vacancy.approve", "company.verify", "user.block". */
  action: string;
  targetType: 'vacancy' | 'revision' | 'company' | 'user' | 'report' | 'application' | 'contact';
  targetId: string;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
};

export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      data: entry.data,
    },
    select: { id: true },
  });
}
