// The vacancy lifecycle of PRODUCT.md as data: which employer operation is allowed in which status.
// Pure, so the rules are tested exhaustively; lifecycle.server.ts applies them.
import type { VacancyStatus } from '@/lib/vocabularies';

export const RENEW_WINDOW_DAYS = 7;
export const PUBLICATION_DAYS = 30;
const DAY = 86_400_000;

export type EmployerOperation = 'edit' | 'submit' | 'close' | 'renew' | 'duplicate' | 'delete';

export type LifecycleRefusal =
  | 'notEditable'
  | 'notSubmittable'
  | 'notPublished'
  | 'tooEarlyToRenew'
  | 'notRenewable'
  | 'onlyDraftsDeleted';

const ALLOWED: Record<Exclude<EmployerOperation, 'renew' | 'duplicate'>, readonly VacancyStatus[]> = {
  // Editing a published vacancy makes a revision; the public keeps seeing the approved text meanwhile.
  edit: ['draft', 'pending', 'rejected', 'published'],
  submit: ['draft', 'rejected'],
  close: ['published'],
  delete: ['draft'],
};

const REFUSAL: Record<Exclude<EmployerOperation, 'renew' | 'duplicate'>, LifecycleRefusal> = {
  edit: 'notEditable',
  submit: 'notSubmittable',
  close: 'notPublished',
  delete: 'onlyDraftsDeleted',
};

/** The effective status: a published vacancy past its expiry is expired even before the job marks it. */
export function effectiveStatus(status: VacancyStatus, expiresAt: Date | null, now: Date): VacancyStatus {
  return status === 'published' && expiresAt !== null && expiresAt <= now ? 'expired' : status;
}

/** null when the operation is allowed, otherwise why not (a message key under `lifecycle.refused`). */
export function refusal(
  operation: EmployerOperation,
  vacancy: { status: VacancyStatus; expiresAt: Date | null },
  now: Date,
): LifecycleRefusal | null {
  const status = effectiveStatus(vacancy.status, vacancy.expiresAt, now);
  if (operation === 'duplicate') return null;
  if (operation === 'renew') {
    if (status === 'expired') return null;
    if (status !== 'published' || !vacancy.expiresAt) return 'notRenewable';
    return vacancy.expiresAt.getTime() - now.getTime() <= RENEW_WINDOW_DAYS * DAY ? null : 'tooEarlyToRenew';
  }
  return ALLOWED[operation].includes(status) ? null : REFUSAL[operation];
}

/** New expiry after a renewal: 30 days more, counted from today when the vacancy had already expired. */
export function renewedExpiry(expiresAt: Date | null, now: Date): Date {
  const from = expiresAt && expiresAt > now ? expiresAt : now;
  return new Date(from.getTime() + PUBLICATION_DAYS * DAY);
}
