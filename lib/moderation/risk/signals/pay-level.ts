import {
  AVERAGE_WEEKS_PER_MONTH,
  DEFAULT_HOURS_PER_MONTH,
  DEFAULT_SHIFTS_PER_MONTH,
  normalizeSalary,
  workloadFromSchedule,
  type Rates,
} from '@/lib/salary/normalize';
import { CURRENCIES, type Experience } from '@/lib/vocabularies';
import { hasMatch, rx, type RiskText } from '../text';
import type { RiskInput } from '../types';
import { findTextIncome, type Workload } from './amounts';
import type { Detection } from './detection';

/**
 * Monthly RUB above which pay is implausible for the experience asked. The market article in
 * /work/shared/seeds puts chat support at 25–60k RUB/month for most openings; entry level is the bottom of
 * that. A floor ("from") at ~1.7× the top of the typical range, or a ceiling ("up to") at 2.5×, is what
 * "earn 150 000 with no experience" ads promise; each experience step roughly doubles the entry band.
 */
export const MARKET_CAPS: Record<Experience, { min: number; max: number }> = {
  noExperience: { min: 100_000, max: 150_000 },
  between1And3: { min: 140_000, max: 200_000 },
  between3And6: { min: 200_000, max: 300_000 },
  moreThan6: { min: 300_000, max: 450_000 },
};
/** Foreign-language support pays more (the same article); a B2+ foreign language doubles the caps. */
export const FOREIGN_LANGUAGE_FACTOR = 2;

/** Approximate RUB rates used when the caller has no current table (the CLI); the app passes its own. */
export const DEFAULT_RATES: Rates = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };

const NO_EXPERIENCE = rx('без опыта|опыт (?:не нужен|не требуется|не обязателен)|no (?:prior )?experience|experience (?:is )?not required');
const STRONG_LEVELS = new Set(['B2', 'C1', 'C2', 'native']);

/** The given rates, with the defaults standing in for missing or broken entries. */
export function completeRates(rates: Partial<Rates> | undefined): Rates {
  const pick = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);
  return Object.fromEntries(CURRENCIES.map((c) => [c, pick(rates?.[c], DEFAULT_RATES[c])])) as Rates;
}

function capsFor(input: RiskInput, text: RiskText) {
  const experience = input.experience ?? (hasMatch(NO_EXPERIENCE, text.norm) ? 'noExperience' : 'between1And3');
  const foreign = (input.languages ?? []).some((l) => l.language.toLowerCase() !== 'ru' && STRONG_LEVELS.has(l.level ?? ''));
  const factor = foreign ? FOREIGN_LANGUAGE_FACTOR : 1;
  const caps = MARKET_CAPS[experience];
  return { min: caps.min * factor, max: caps.max * factor };
}

function workloadOf(input: RiskInput): Workload {
  const schedule = workloadFromSchedule({ shiftsPerWeek: input.shiftsPerWeek, shiftPattern: input.shiftPattern });
  const hours = input.hoursPerWeek && input.hoursPerWeek > 0 && input.hoursPerWeek <= 84 ? input.hoursPerWeek * AVERAGE_WEEKS_PER_MONTH : undefined;
  return { hoursPerMonth: hours ?? DEFAULT_HOURS_PER_MONTH, shiftsPerMonth: schedule.shiftsPerMonth ?? DEFAULT_SHIFTS_PER_MONTH };
}

function fieldRange(input: RiskInput, rates: Rates, workload: Workload) {
  if (!input.salaryCurrency || !input.salaryPeriod) return null;
  try {
    const salary = { from: input.salaryFrom, to: input.salaryTo, currency: input.salaryCurrency, period: input.salaryPeriod };
    return normalizeSalary(salary, rates, workload);
  } catch {
    // Inconsistent fields (from > to, absurd amounts) are the form's business, not a scam signal.
    return null;
  }
}

export function detectPayAboveMarket(input: RiskInput, text: RiskText, rates: Rates): Detection | null {
  const caps = capsFor(input, text);
  const workload = workloadOf(input);
  let ratio = 0;
  const field = fieldRange(input, rates, workload);
  if (field) ratio = Math.max(field.minRub / caps.min, field.maxRub / caps.max);
  const phrases: string[] = [];
  for (const income of findTextIncome(text, rates, workload)) {
    const r = Math.max((income.minRub ?? 0) / caps.min, (income.maxRub ?? 0) / caps.max);
    if (r >= 1) phrases.push(income.match.text);
    ratio = Math.max(ratio, r);
  }
  if (ratio < 1) return null;
  return { code: 'payAboveMarket', weight: ratio >= 2 ? 40 : 30, phrases: [...new Set(phrases)] };
}
