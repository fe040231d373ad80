import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { VacancyStatus } from '@/lib/vocabularies';

// The one way a vacancy changes status, for employers and admins alike: the rule is checked against the
// row as it is once locked, not as an earlier read saw it, so of two racing changes the second waits for
// the first and is judged on its result (a renew after a removal is refused instead of re-publishing).

export type LockedVacancy = {
  id: string;
  status: VacancyStatus;
  expiresAt: Date | null;
  updatedAt: Date;
  companyId: string;
  companyBlocked: boolean;
  title: string;
  slug: string;
  locale: string;
  riskScore: number | null;
};

type Failure = { ok: false };
const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const Id = z.uuid();

/** Locks the vacancy's row until the transaction ends; the company's block is read, not locked. */
export async function lockVacancy(tx: Prisma.TransactionClient, id: string): Promise<LockedVacancy | null> {
  const [row] = await tx.$queryRaw<LockedVacancy[]>`
    SELECT v.id::text AS id, v.status::text AS status, v."expiresAt", v."updatedAt", v."companyId"::text AS "companyId",
      c."blockedAt" IS NOT NULL AS "companyBlocked", v.title, v.slug, v.locale, v."riskScore"
    FROM vacancies v JOIN companies c ON c.id = v."companyId"
    WHERE v.id = ${id}::uuid FOR UPDATE OF v`;
  return row ?? null;
}

/**
 * In one transaction: locks the vacancy, asks `check` whether the change is allowed now (null, or the
 * failure to answer), then runs `apply`. A missing vacancy or a malformed id answers 'notFound'.
 */
export async function transitionVacancy<T, F extends Failure>(
  vacancyId: string,
  check: (vacancy: LockedVacancy) => F | null,
  apply: (tx: Prisma.TransactionClient, vacancy: LockedVacancy) => Promise<T>,
): Promise<{ ok: true; value: T } | F | typeof NOT_FOUND> {
  if (!Id.safeParse(vacancyId).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const vacancy = await lockVacancy(tx, vacancyId);
    if (!vacancy) return NOT_FOUND;
    const refused = check(vacancy);
    if (refused) return refused;
    return { ok: true, value: await apply(tx, vacancy) } as const;
  });
}

/** A version stamp later than `previous` even within one millisecond, so a `seen` check tells two edits apart. */
export const nextStamp = (previous: Date | null | undefined, now: Date) =>
  new Date(Math.max(now.getTime(), (previous?.getTime() ?? 0) + 1));
