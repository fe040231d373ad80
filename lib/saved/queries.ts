import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getVacancyCards } from '@/lib/vacancies/queries';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { toSavedId } from './cookie';

/** Why a saved vacancy no longer takes applications. */
export type SavedEndReason = 'closed' | 'expired' | 'removed' | 'companyBlocked';

export type EndedSavedVacancy = {
  id: string;
  slug: string;
  title: string;
  /** Language the ad is written in. */
  locale: string;
  companyName: string;
  reason: SavedEndReason;
  /** When it was closed or expired; null when unknown or not for the public (removal, blocking). */
  endedAt: Date | null;
  /** Whether its page still exists (closed and expired ones stay readable; removed ones are gone). */
  hasPage: boolean;
};

export type SavedVacancies = { open: VacancyCardData[]; ended: EndedSavedVacancy[] };

// Every status a visitor could have seen the vacancy in. Drafts, pending and rejected vacancies were never
// public, so their ids are skipped like unknown ones: the cookie is the visitor's to write, and it must not
// reveal a title that was never published.
const ONCE_PUBLIC = { status: { in: ['published', 'closed', 'expired', 'removed'] }, publishedAt: { not: null } } satisfies Prisma.VacancyWhereInput;

const SAVED_SELECT = {
  id: true, slug: true, title: true, locale: true, companyName: true, status: true, expiresAt: true, closedAt: true,
  company: { select: { blockedAt: true } },
} satisfies Prisma.VacancySelect;

type SavedRow = Prisma.VacancyGetPayload<{ select: typeof SAVED_SELECT }>;

/** Null while it is open (the same test as openVacancyWhere), otherwise what ended it. */
function endReason(row: SavedRow, now: Date): { reason: SavedEndReason; endedAt: Date | null } | null {
  if (row.status === 'removed') return { reason: 'removed', endedAt: null };
  if (row.company.blockedAt !== null) return { reason: 'companyBlocked', endedAt: null };
  if (row.status === 'closed') return { reason: 'closed', endedAt: row.closedAt };
  if (row.status === 'expired') return { reason: 'expired', endedAt: row.expiresAt };
  // Published but past its expiry: the expiry job has not run yet.
  if (row.expiresAt === null || row.expiresAt <= now) return { reason: 'expired', endedAt: row.expiresAt };
  return null;
}

/**
 * The saved vacancies in the order given (newest saved first): open ones as cards, ended ones with what
 * happened. Ids that are not vacancies any more, or never were public, are left out.
 */
export async function getSavedVacancies(ids: readonly string[], now = new Date()): Promise<SavedVacancies> {
  const wanted = [...new Set(ids.flatMap((id) => toSavedId(id) ?? []))];
  if (!wanted.length) return { open: [], ended: [] };
  const rows = await db.vacancy.findMany({ where: { id: { in: wanted }, ...ONCE_PUBLIC }, select: SAVED_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));

  const openIds: string[] = [];
  const ended: EndedSavedVacancy[] = [];
  for (const id of wanted) {
    const row = byId.get(id);
    if (!row) continue;
    const end = endReason(row, now);
    if (!end) {
      openIds.push(id);
      continue;
    }
    ended.push({
      id: row.id, slug: row.slug, title: row.title, locale: row.locale, companyName: row.companyName,
      reason: end.reason, endedAt: end.endedAt, hasPage: end.reason === 'closed' || end.reason === 'expired',
    });
  }
  return { open: await getVacancyCards(openIds), ended };
}

/** Whether a vacancy can be saved: one a visitor can see now (open, or ended but still on its page). */
export async function isSaveableVacancy(id: string): Promise<boolean> {
  const vacancyId = toSavedId(id);
  if (!vacancyId) return false;
  const row = await db.vacancy.findFirst({
    where: { id: vacancyId, status: { in: ['published', 'closed', 'expired'] }, publishedAt: { not: null }, company: { blockedAt: null } },
    select: { id: true },
  });
  return row !== null;
}
