import type { Currency } from '../vocabularies';
import type { Rates } from './normalize';

/** About 1,000 RUB in `currency`, floored to a power of ten: 1,000 RUB, 10 USD, 1,000 KZT, 100,000 UZS. */
export function roundingStep(currency: Currency, rates: Rates): number {
  const rate = currency === 'RUB' ? 1 : rates[currency];
  if (!Number.isFinite(rate) || rate <= 0) return 1;
  return 10 ** Math.max(0, Math.floor(Math.log10(1000 / rate)));
}

/**
 * A salary filter amount typed in one currency, re-expressed in another (the currency select changed):
 * rounded to a step a person would type, never down to zero. Null when a rate is missing.
 */
export function convertFilterAmount(amount: number, from: Currency, to: Currency, rates: Rates): number | null {
  if (from === to) return amount;
  const fromRate = from === 'RUB' ? 1 : rates[from];
  const toRate = to === 'RUB' ? 1 : rates[to];
  if (!Number.isFinite(fromRate) || !Number.isFinite(toRate) || fromRate <= 0 || toRate <= 0) return null;
  const step = roundingStep(to, rates);
  const rounded = Math.round((amount * fromRate) / toRate / step) * step;
  return amount > 0 ? Math.max(step, rounded) : 0;
}

/** The amount in a salary input ("50 000", "50000"), or null for anything that is not a whole amount. */
export function readFilterAmount(text: string): number | null {
  const digits = text.replace(/[\s\u00a0_]/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : null;
}
