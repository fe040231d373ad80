// The snapshot as a reader shows it: every figure in one currency (pure).
import type { Rates } from '@/lib/salary/normalize';
import type { Currency } from '@/lib/vocabularies';
import { canConvert, convertStat, inCurrency } from './convert';
import type { Cell, Histogram, SalarySnapshot } from './types';

export type PresentedSnapshot = Omit<SalarySnapshot, 'histograms'> & { currency: Currency; histogram: Histogram };

/**
 * `snapshot` in `currency` at today's `rates` (RUB when the rate is missing). The histogram is the one the
 * refresh binned in that currency, so its edges are round there too.
 */
export function presentSnapshot(snapshot: SalarySnapshot, wanted: Currency, rates: Rates): PresentedSnapshot {
  const currency = canConvert(wanted, rates) && snapshot.histograms.some((h) => h.currency === wanted) ? wanted : 'RUB';
  const histogram = snapshot.histograms.find((h) => h.currency === currency) ?? { currency, width: 0, bins: [] };
  const stat = <S extends Parameters<typeof convertStat>[0]>(s: S) => convertStat(s, currency, rates);
  const cell = (c: Cell): Cell => ({ ...c, p25: inCurrency(c.p25, currency, rates), median: inCurrency(c.median, currency, rates), p75: inCurrency(c.p75, currency, rates) });
  const { histograms: _all, ...rest } = snapshot;
  return {
    ...rest,
    currency,
    histogram,
    overall: stat(snapshot.overall),
    byIndustry: snapshot.byIndustry.map(stat),
    byLanguage: snapshot.byLanguage.map((l) => ({ ...stat(l), levels: l.levels.map(stat) })),
    bySchedule: snapshot.bySchedule.map(stat),
    byExperience: snapshot.byExperience.map(stat),
    byTraining: snapshot.byTraining.map(stat),
    byChannel: snapshot.byChannel.map(stat),
    weekly: snapshot.weekly.map(stat),
    cells: snapshot.cells.map(cell),
  };
}
