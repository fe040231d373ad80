import type { Currency } from '../vocabularies';
import { usableRate, type Rates } from './normalize';

/** About 1,000 RUB in `currency`, floored to a power of ten: 1,000 RUB, 10 USD, 1,000 KZT, 100,000 UZS. */
export function roundingStep(currency: Currency, rates: Rates): number {
  const rate = usableRate(currency, rates);
  if (rate === null) return 1;
  // A loop rather than Math.log10, whose result for exact powers of ten is not guaranteed.
  let step = 1;
  while (step * 10 * rate <= 1000) step *= 10;
  return step;
}

/**
 * A salary filter amount typed in one currency, re-expressed in another (the currency select changed):
 * rounded to a step a person would type, never down to zero. Null when a rate is missing.
 */
export function convertFilterAmount(amount: number, from: Currency, to: Currency, rates: Rates): number | null {
  if (from === to) return amount;
  const fromRate = usableRate(from, rates);
  const toRate = usableRate(to, rates);
  if (fromRate === null || toRate === null) return null;
  const step = roundingStep(to, rates);
  const rounded = Math.round((amount * fromRate) / toRate / step) * step;
  return amount > 0 ? Math.max(step, rounded) : 0;
}

/** The amount in a salary input ("50 000", "50000"), or null for anything that is not a whole amount. */
export function readFilterAmount(text: string): number | null {
  const digits = text.replace(/[\s\u00a0_]/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : null;
}
