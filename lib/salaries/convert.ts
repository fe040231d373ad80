// Snapshot figures (monthly RUB) in the visitor's currency, rounded so a converted figure does not look exact.
import { convertFromRub, roundForDisplay, usableRate, type Rates } from '@/lib/salary/normalize';
import type { Currency } from '@/lib/vocabularies';
import { positionOf } from './stats';
import type { Stat } from './types';

/** A monthly RUB figure in `currency`, rounded for display (45 321 ₽ → 45 000 ₽; $492.6 → $493). */
export function inCurrency(amountRub: number, currency: Currency, rates: Rates): number {
  return roundForDisplay(convertFromRub(Math.max(0, amountRub), currency, rates), currency);
}

/** The same stat in `currency`; hidden figures stay hidden. */
export function convertStat<S extends Stat>(stat: S, currency: Currency, rates: Rates): S {
  const convert = (v: number | null) => (v === null ? null : inCurrency(v, currency, rates));
  return { ...stat, p25: convert(stat.p25), median: convert(stat.median), p75: convert(stat.p75) };
}

/** True when `rates` can convert into `currency` (RUB always can). */
export function canConvert(currency: Currency, rates: Rates): boolean {
  return usableRate(currency, rates) !== null;
}

/**
 * A vacancy's pay against its market cell as the page shows them: every figure in `currency`, rounded,
 * and the position read from those rounded figures, so "below the market" never stands above a salary
 * printed equal to the range's start.
 */
export function shownComparison(
  value: number,
  cell: { p25: number; median: number; p75: number },
  currency: Currency,
  rates: Rates,
): { value: number; p25: number; median: number; p75: number; position: ReturnType<typeof positionOf> } {
  const shown = (rub: number) => inCurrency(rub, currency, rates);
  const figures = { value: shown(value), p25: shown(cell.p25), median: shown(cell.median), p75: shown(cell.p75) };
  return { ...figures, position: positionOf(figures.value, figures) };
}
