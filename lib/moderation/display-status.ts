import type { VacancyStatus } from '@/lib/vocabularies';

/**
 * A vacancy's status as the admin should read it: a blocked company's published vacancies are not on the
 * site (openVacancyWhere leaves them out), so they count as hidden by the block, not as published.
 */
export type DisplayStatus = VacancyStatus | 'hiddenByBlock';

export const displayStatus = (status: VacancyStatus, companyBlocked: boolean): DisplayStatus =>
  companyBlocked && status === 'published' ? 'hiddenByBlock' : status;

/** The order the admin pages list statuses in: live, hidden, waiting, then the ended ones. */
export const DISPLAY_STATUSES: readonly DisplayStatus[] = ['published', 'hiddenByBlock', 'pending', 'draft', 'rejected', 'closed', 'expired', 'removed'];

/** Counts by stored status regrouped for display (published → hiddenByBlock when the company is blocked). */
export function displayStatusCounts(counts: Partial<Record<VacancyStatus, number>>, companyBlocked: boolean): Partial<Record<DisplayStatus, number>> {
  const out: Partial<Record<DisplayStatus, number>> = {};
  for (const [status, n] of Object.entries(counts) as [VacancyStatus, number][]) {
    const key = displayStatus(status, companyBlocked);
    out[key] = (out[key] ?? 0) + n;
  }
  return out;
}
