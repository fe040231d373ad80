import { CURRENCIES, type Currency, type SalaryPeriod } from '../vocabularies';

/** RUB per 1 unit of each currency, as edited by an admin. */
export type Rates = Readonly<Record<Currency, number>>;

/** Workload a vacancy declares; missing values fall back to the defaults below. */
export type Workload = { hoursPerMonth?: number | null; shiftsPerMonth?: number | null };

export type SalaryInput = {
  from?: number | null;
  to?: number | null;
  currency: Currency;
  period: SalaryPeriod;
};

export type RubRange = { minRub: number; maxRub: number };

export type ScheduleInput = {
  shiftsPerWeek?: number | null;
  /** "N/M": N days on, M days off (2/2, 5/2, 1/3 …). */
  shiftPattern?: string | null;
  /** Length of one shift in hours (12 for a 21:00–09:00 slot). */
  shiftHours?: number | null;
};

/** Russian production calendar for a 40-hour week: ~1973 h/year ÷ 12. */
export const DEFAULT_HOURS_PER_MONTH = 164;
/** A 2/2 rotation: 365 / 4 × 2 / 12 ≈ 15.2 shifts. */
export const DEFAULT_SHIFTS_PER_MONTH = 15;
/** 365 / 7 / 12 ≈ 4.345 weeks. */
export const AVERAGE_WEEKS_PER_MONTH = 4.345;

const DAYS_PER_YEAR = 365;
const MONTHS_PER_YEAR = 12;
const MAX_HOURS_PER_MONTH = 31 * 24;

function isPresent(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

function isPositiveFinite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function assertKnownCurrency(currency: Currency): void {
  // Currency values reach us from the database and query strings, so the static type is not enough.
  if (!(CURRENCIES as readonly string[]).includes(currency)) {
    throw new RangeError(`Unknown currency: ${String(currency)}`);
  }
}

/** RUB per 1 unit of `currency` when the table has a usable rate (RUB is 1 by definition), else null. */
export function usableRate(currency: Currency, rates: Rates): number | null {
  if (currency === 'RUB') return 1;
  const rate: unknown = rates[currency];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** RUB per 1 unit of `currency`; throws on an unknown currency or a missing rate. */
function rateOf(currency: Currency, rates: Rates): number {
  assertKnownCurrency(currency);
  const rate = usableRate(currency, rates);
  if (rate === null) throw new RangeError(`Missing or non-positive exchange rate for ${currency}: ${String(rates[currency])}`);
  return rate;
}

function assertAmount(amount: number, name: string): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${name} must be a finite non-negative number, got ${String(amount)}`);
  }
}

function toWholeUnits(value: number, what: string): number {
  const rounded = Math.round(value);
  // Beyond 2^53 whole units are no longer exact, so such a figure is a data error, not a salary.
  if (!Number.isSafeInteger(rounded)) {
    throw new RangeError(`${what} is out of range: ${String(value)}`);
  }
  return rounded;
}

/** Parses "N/M" (N days on, M off); null for anything else. */
export function parseShiftPattern(pattern: string): { on: number; off: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(pattern);
  if (!match) return null;
  const on = Number(match[1]);
  const off = Number(match[2]);
  if (on < 1) return null;
  return { on, off };
}

/**
 * Per-month workload from what a vacancy declares. `shiftsPerWeek` wins over `shiftPattern`
 * because it is the more explicit of the two; invalid values (including more than 7 shifts a
 * week or shifts longer than 24 h) count as absent.
 */
export function workloadFromSchedule(schedule: ScheduleInput): Workload {
  let shiftsPerMonth: number | undefined;
  const { shiftsPerWeek, shiftPattern, shiftHours } = schedule;
  if (isPositiveFinite(shiftsPerWeek) && shiftsPerWeek <= 7) {
    shiftsPerMonth = shiftsPerWeek * AVERAGE_WEEKS_PER_MONTH;
  } else if (typeof shiftPattern === 'string') {
    const parsed = parseShiftPattern(shiftPattern);
    if (parsed) {
      shiftsPerMonth = ((DAYS_PER_YEAR / (parsed.on + parsed.off)) * parsed.on) / MONTHS_PER_YEAR;
    }
  }
  const workload: Workload = {};
  if (shiftsPerMonth === undefined) return workload;
  workload.shiftsPerMonth = shiftsPerMonth;
  if (isPositiveFinite(shiftHours) && shiftHours <= 24) {
    workload.hoursPerMonth = shiftsPerMonth * shiftHours;
  }
  return workload;
}

function workloadValue(value: number | null | undefined, fallback: number, name: string, max?: number): number {
  if (!isPresent(value)) return fallback;
  if (!isPositiveFinite(value) || (max !== undefined && value > max)) {
    const limit = max === undefined ? '' : ` not above ${max}`;
    throw new RangeError(`${name} must be a positive number${limit}, got ${String(value)}`);
  }
  return value;
}

/** How many `period` units a month holds for this workload. */
export function periodsPerMonth(period: SalaryPeriod, workload: Workload = {}): number {
  switch (period) {
    case 'month':
      return 1;
    case 'hour':
      return workloadValue(workload.hoursPerMonth, DEFAULT_HOURS_PER_MONTH, 'hoursPerMonth', MAX_HOURS_PER_MONTH);
    case 'shift':
      return workloadValue(workload.shiftsPerMonth, DEFAULT_SHIFTS_PER_MONTH, 'shiftsPerMonth');
    default:
      throw new RangeError(`Unknown salary period: ${String(period satisfies never)}`);
  }
}

/** The salary as a monthly RUB range (whole roubles); null when no amount is given. */
export function normalizeSalary(salary: SalaryInput, rates: Rates, workload?: Workload): RubRange | null {
  const { from, to, currency, period } = salary;
  // An open end is unknown, so a one-sided salary becomes a point rather than a guessed range.
  const low = from ?? to;
  const high = to ?? from;
  if (!isPresent(low) || !isPresent(high)) return null;
  assertAmount(low, isPresent(from) ? 'Salary "from"' : 'Salary "to"');
  assertAmount(high, isPresent(to) ? 'Salary "to"' : 'Salary "from"');
  if (low > high) throw new RangeError(`Salary "from" (${low}) is greater than "to" (${high})`);
  const factor = periodsPerMonth(period, workload) * rateOf(currency, rates);
  return {
    minRub: toWholeUnits(low * factor, 'Monthly salary in RUB'),
    maxRub: toWholeUnits(high * factor, 'Monthly salary in RUB'),
  };
}

/** `amount` of `currency` in whole roubles. */
export function convertToRub(amount: number, currency: Currency, rates: Rates): number {
  assertAmount(amount, 'Amount');
  return toWholeUnits(amount * rateOf(currency, rates), 'Amount in RUB');
}

/** `amountRub` roubles in whole units of `currency`. */
export function convertFromRub(amountRub: number, currency: Currency, rates: Rates): number {
  assertAmount(amountRub, 'Amount in RUB');
  return toWholeUnits(amountRub / rateOf(currency, rates), `Amount in ${currency}`);
}

/**
 * Rounds an approximate (converted) figure so it does not look exact. The step depends on the
 * size of the number, not on the currency: below 1,000 → 1; below 10,000 → 10; below 1,000,000
 * → 1,000; from 1,000,000 → three significant digits (15,432,100 → 15,400,000).
 */
export function roundForDisplay(amount: number, currency: Currency): number {
  assertKnownCurrency(currency);
  if (!Number.isFinite(amount)) throw new RangeError(`Amount must be finite, got ${String(amount)}`);
  const magnitude = Math.abs(amount);
  let step: number;
  if (magnitude < 1_000) step = 1;
  else if (magnitude < 10_000) step = 10;
  else if (magnitude < 1_000_000) step = 1_000;
  else {
    // A loop rather than Math.log10, whose result for exact powers of ten is not guaranteed.
    step = 10_000;
    while (magnitude >= step * 1_000) step *= 10;
  }
  // Rounding the magnitude keeps negative figures symmetric (Math.round(-2.5) is -2).
  const rounded = Math.sign(amount) * Math.round(magnitude / step) * step;
  return rounded === 0 ? 0 : rounded;
}
