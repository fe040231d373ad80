import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { getExchangeRates } from '@/lib/rates/queries';
import { refreshSalaryInsights } from './refresh.server';
import { SNAPSHOT_ID } from './refresh';
import { SNAPSHOT_VERSION, type SalaryMarket, type SalarySnapshot } from './types';

let computing: Promise<SalarySnapshot> | null = null;

/** One computation at a time per process, however many requests find the snapshot missing. */
function computeOnce(): Promise<SalarySnapshot> {
  computing ??= refreshSalaryInsights()
    .then((r) => r.snapshot)
    .finally(() => {
      computing = null;
    });
  return computing;
}

/**
 * The current salary snapshot: one row written by the `salary-insights` job (every 30 minutes and after
 * seeding). When there is none yet, or it has an older shape, it is computed once, here.
 */
export const getSalarySnapshot = cache(async (): Promise<SalarySnapshot> => {
  const row = await db.salaryInsight.findUnique({ where: { id: SNAPSHOT_ID }, select: { data: true } });
  const data = row?.data as SalarySnapshot | null | undefined;
  if (data && typeof data === 'object' && data.version === SNAPSHOT_VERSION) return data;
  return computeOnce();
});

/** What the vacancy editor needs for its market hint: the lookup cells (monthly RUB) and the rates to show them in the chosen currency. */
export async function getSalaryMarket(): Promise<SalaryMarket> {
  const [snapshot, rates] = await Promise.all([getSalarySnapshot(), getExchangeRates()]);
  return { cells: snapshot.cells, rates };
}
