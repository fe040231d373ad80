// Snapshot figures (monthly RUB) in the visitor's currency, rounded so a converted figure does not look exact.
import { convertFromRub, roundForDisplay, type Rates } from '@/lib/salary/normalize';
import type { Currency } from '@/lib/vocabularies';
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
  const rate = currency === 'RUB' ? 1 : rates[currency];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0;
}
