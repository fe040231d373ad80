import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, SALARY_PERIODS, type Currency, type SalaryPeriod } from '../vocabularies';
import {
  AVERAGE_WEEKS_PER_MONTH,
  DEFAULT_HOURS_PER_MONTH,
  DEFAULT_SHIFTS_PER_MONTH,
  convertFromRub,
  convertToRub,
  normalizeSalary,
  parseShiftPattern,
  periodsPerMonth,
  roundForDisplay,
  workloadFromSchedule,
  type Rates,
} from './normalize';

const rates: Rates = { RUB: 1, USD: 90, EUR: 100, KZT: 0.2, BYN: 28, UZS: 0.0075 };

describe('defaults', () => {
  it('match the documented calendar figures', () => {
    expect(DEFAULT_HOURS_PER_MONTH).toBe(164);
    expect(Math.round(1973 / 12)).toBe(DEFAULT_HOURS_PER_MONTH);
    expect(DEFAULT_SHIFTS_PER_MONTH).toBe(15);
    expect(Math.floor(((365 / 4) * 2) / 12)).toBe(DEFAULT_SHIFTS_PER_MONTH);
    expect(AVERAGE_WEEKS_PER_MONTH).toBe(4.345);
  });

  it('apply when the workload is missing, empty or null', () => {
    for (const workload of [undefined, {}, { hoursPerMonth: null, shiftsPerMonth: null }]) {
      expect(periodsPerMonth('month', workload)).toBe(1);
      expect(periodsPerMonth('hour', workload)).toBe(164);
      expect(periodsPerMonth('shift', workload)).toBe(15);
    }
  });

  it('give way to a declared workload, each for its own period only', () => {
    const workload = { hoursPerMonth: 120, shiftsPerMonth: 10 };
    expect(periodsPerMonth('month', workload)).toBe(1);
    expect(periodsPerMonth('hour', workload)).toBe(120);
    expect(periodsPerMonth('shift', workload)).toBe(10);
    expect(periodsPerMonth('hour', { shiftsPerMonth: 10 })).toBe(164);
    expect(periodsPerMonth('shift', { hoursPerMonth: 120 })).toBe(15);
  });

  it('reject an impossible declared workload', () => {
    expect(() => periodsPerMonth('hour', { hoursPerMonth: 0 })).toThrow(RangeError);
    expect(() => periodsPerMonth('hour', { hoursPerMonth: -8 })).toThrow(RangeError);
    expect(() => periodsPerMonth('hour', { hoursPerMonth: 745 })).toThrow(/not above 744/);
    expect(() => periodsPerMonth('shift', { shiftsPerMonth: Number.NaN })).toThrow(RangeError);
    expect(() => periodsPerMonth('shift', { shiftsPerMonth: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    // The unused field is not looked at.
    expect(periodsPerMonth('month', { hoursPerMonth: -1, shiftsPerMonth: -1 })).toBe(1);
  });
});

describe('normalizeSalary', () => {
  // [period, currency, from, to, minRub, maxRub], worked out by hand with the default workload.
  const table: [SalaryPeriod, Currency, number, number, number, number][] = [
    ['month', 'RUB', 50000, 80000, 50000, 80000],
    ['month', 'USD', 1000, 1500, 90000, 135000],
    ['month', 'EUR', 900, 1200, 90000, 120000],
    ['month', 'KZT', 300000, 450000, 60000, 90000],
    ['month', 'BYN', 1500, 2500, 42000, 70000],
    ['month', 'UZS', 8000000, 12000000, 60000, 90000],
    ['hour', 'RUB', 300, 450, 49200, 73800],
    ['hour', 'USD', 6, 9, 88560, 132840],
    ['hour', 'EUR', 5, 8, 82000, 131200],
    ['hour', 'KZT', 1500, 2000, 49200, 65600],
    ['hour', 'BYN', 10, 15, 45920, 68880],
    ['hour', 'UZS', 40000, 60000, 49200, 73800],
    ['shift', 'RUB', 3000, 4500, 45000, 67500],
    ['shift', 'USD', 40, 60, 54000, 81000],
    ['shift', 'EUR', 35, 50, 52500, 75000],
    ['shift', 'KZT', 15000, 20000, 45000, 60000],
    ['shift', 'BYN', 80, 120, 33600, 50400],
    ['shift', 'UZS', 400000, 600000, 45000, 67500],
  ];

  it('has a case for every period × currency', () => {
    const covered = new Set(table.map(([period, currency]) => `${period}/${currency}`));
    for (const period of SALARY_PERIODS) {
      for (const currency of CURRENCIES) expect(covered).toContain(`${period}/${currency}`);
    }
  });

  it.each(table)('%s %s %d–%d → %d–%d RUB a month', (period, currency, from, to, minRub, maxRub) => {
    expect(normalizeSalary({ from, to, currency, period }, rates)).toEqual({ minRub, maxRub });
  });

  it('uses the declared workload', () => {
    expect(normalizeSalary({ from: 300, to: 400, currency: 'RUB', period: 'hour' }, rates, { hoursPerMonth: 120 })).toEqual({
      minRub: 36000,
      maxRub: 48000,
    });
    expect(normalizeSalary({ from: 50, currency: 'USD', period: 'shift' }, rates, { shiftsPerMonth: 10 })).toEqual({
      minRub: 45000,
      maxRub: 45000,
    });
  });

  it('uses a workload derived from a 2/2 schedule of 12-hour shifts', () => {
    const workload = workloadFromSchedule({ shiftPattern: '2/2', shiftHours: 12 });
    // 365 / 4 × 2 / 12 = 15.2083… shifts; × 12 h = 182.5 h.
    expect(normalizeSalary({ from: 3000, currency: 'RUB', period: 'shift' }, rates, workload)).toEqual({
      minRub: 45625,
      maxRub: 45625,
    });
    expect(normalizeSalary({ from: 200, currency: 'RUB', period: 'hour' }, rates, workload)).toEqual({
      minRub: 36500,
      maxRub: 36500,
    });
  });

  it('turns a one-sided salary into a point', () => {
    expect(normalizeSalary({ from: 1000, currency: 'USD', period: 'month' }, rates)).toEqual({ minRub: 90000, maxRub: 90000 });
    expect(normalizeSalary({ to: 1000, currency: 'USD', period: 'month' }, rates)).toEqual({ minRub: 90000, maxRub: 90000 });
    expect(normalizeSalary({ from: 1000, to: null, currency: 'USD', period: 'month' }, rates)).toEqual({ minRub: 90000, maxRub: 90000 });
    expect(normalizeSalary({ from: null, to: 1000, currency: 'USD', period: 'month' }, rates)).toEqual({ minRub: 90000, maxRub: 90000 });
  });

  it('returns null when no amount is given', () => {
    expect(normalizeSalary({ currency: 'RUB', period: 'month' }, rates)).toBeNull();
    expect(normalizeSalary({ from: null, to: null, currency: 'USD', period: 'hour' }, rates)).toBeNull();
    expect(normalizeSalary({ from: undefined, to: undefined, currency: 'EUR', period: 'shift' }, rates)).toBeNull();
  });

  it('accepts zero and equal ends', () => {
    expect(normalizeSalary({ from: 0, to: 0, currency: 'USD', period: 'hour' }, rates)).toEqual({ minRub: 0, maxRub: 0 });
    expect(normalizeSalary({ from: 0, to: 100, currency: 'USD', period: 'month' }, rates)).toEqual({ minRub: 0, maxRub: 9000 });
    expect(normalizeSalary({ from: 0, currency: 'RUB', period: 'month' }, rates)).toEqual({ minRub: 0, maxRub: 0 });
    expect(normalizeSalary({ from: 500, to: 500, currency: 'EUR', period: 'month' }, rates)).toEqual({ minRub: 50000, maxRub: 50000 });
  });

  it('rounds to whole roubles, halves up', () => {
    const halfRates: Rates = { ...rates, USD: 90.5 };
    expect(normalizeSalary({ from: 1, to: 3, currency: 'USD', period: 'month' }, halfRates)).toEqual({ minRub: 91, maxRub: 272 });
    // 12,347 × 0.2 = 2,469.4; 12,348 × 0.2 = 2,469.6.
    expect(normalizeSalary({ from: 12347, to: 12348, currency: 'KZT', period: 'month' }, rates)).toEqual({ minRub: 2469, maxRub: 2470 });
    // 66 × 0.0075 = 0.495; 100 × 0.0075 = 0.75.
    expect(normalizeSalary({ from: 66, to: 100, currency: 'UZS', period: 'month' }, rates)).toEqual({ minRub: 0, maxRub: 1 });
    expect(normalizeSalary({ from: 99.99, to: 100.01, currency: 'RUB', period: 'month' }, rates)).toEqual({ minRub: 100, maxRub: 100 });
  });

  it('handles huge but representable amounts and rejects unrepresentable ones', () => {
    expect(normalizeSalary({ from: 1e15, currency: 'RUB', period: 'month' }, rates)).toEqual({ minRub: 1e15, maxRub: 1e15 });
    expect(normalizeSalary({ from: 1e12, to: 1e13, currency: 'UZS', period: 'month' }, rates)).toEqual({ minRub: 7.5e9, maxRub: 7.5e10 });
    expect(() => normalizeSalary({ from: 1e15, currency: 'USD', period: 'month' }, rates)).toThrow(/out of range/);
    expect(() => normalizeSalary({ to: Number.MAX_VALUE, currency: 'RUB', period: 'hour' }, rates)).toThrow(RangeError);
  });

  it('rejects from > to', () => {
    expect(() => normalizeSalary({ from: 2000, to: 1000, currency: 'USD', period: 'month' }, rates)).toThrow(
      /"from" \(2000\) is greater than "to" \(1000\)/,
    );
  });

  it('rejects negative and non-finite amounts, naming the field', () => {
    expect(() => normalizeSalary({ from: -1, currency: 'RUB', period: 'month' }, rates)).toThrow(/"from".*-1/);
    expect(() => normalizeSalary({ to: -1, currency: 'RUB', period: 'month' }, rates)).toThrow(/"to"/);
    expect(() => normalizeSalary({ from: 1, to: Number.NaN, currency: 'RUB', period: 'month' }, rates)).toThrow(/"to".*NaN/);
    expect(() => normalizeSalary({ from: Number.POSITIVE_INFINITY, currency: 'RUB', period: 'month' }, rates)).toThrow(RangeError);
  });

  it('rejects an unknown currency or period', () => {
    expect(() => normalizeSalary({ from: 1, currency: 'GBP' as Currency, period: 'month' }, rates)).toThrow(/Unknown currency: GBP/);
    expect(() => normalizeSalary({ from: 1, currency: 'RUB', period: 'week' as SalaryPeriod }, rates)).toThrow(/Unknown salary period: week/);
  });

  it('rejects a missing, zero, negative or non-finite rate', () => {
    const withoutUsd = { ...rates, USD: undefined } as unknown as Rates;
    const bad: Rates[] = [withoutUsd, { ...rates, USD: 0 }, { ...rates, USD: -90 }, { ...rates, USD: Number.NaN }];
    for (const badRates of bad) {
      expect(() => normalizeSalary({ from: 1, currency: 'USD', period: 'month' }, badRates)).toThrow(/exchange rate for USD/);
    }
  });

  it('treats RUB as 1 whatever the table says', () => {
    expect(normalizeSalary({ from: 1000, currency: 'RUB', period: 'month' }, { ...rates, RUB: 2 })).toEqual({ minRub: 1000, maxRub: 1000 });
  });

  it('keeps min ≤ max, grows with the amount and agrees with convertToRub for monthly pay (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...SALARY_PERIODS),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (currency, period, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const range = normalizeSalary({ from, to, currency, period }, rates);
          expect(range).not.toBeNull();
          if (!range) return;
          expect(range.minRub).toBeLessThanOrEqual(range.maxRub);
          expect(Number.isSafeInteger(range.minRub) && Number.isSafeInteger(range.maxRub)).toBe(true);
          expect(normalizeSalary({ from, currency, period }, rates)).toEqual({ minRub: range.minRub, maxRub: range.minRub });
          expect(normalizeSalary({ to, currency, period }, rates)).toEqual({ minRub: range.maxRub, maxRub: range.maxRub });
          if (period === 'month') expect(range.minRub).toBe(convertToRub(from, currency, rates));
        },
      ),
    );
  });
});

describe('workloadFromSchedule', () => {
  it('multiplies shifts per week by the average weeks in a month', () => {
    expect(workloadFromSchedule({ shiftsPerWeek: 5 })).toEqual({ shiftsPerMonth: 5 * 4.345 });
    const fiveEights = workloadFromSchedule({ shiftsPerWeek: 5, shiftHours: 8 });
    expect(fiveEights.shiftsPerMonth).toBeCloseTo(21.725, 10);
    expect(fiveEights.hoursPerMonth).toBeCloseTo(173.8, 10);
  });

  it.each([
    ['2/2', 15.2083],
    ['5/2', 21.7262],
    ['3/3', 15.2083],
    ['1/3', 7.6042],
    ['4/3', 17.381],
    ['7/0', 30.4167],
    [' 2 / 2 ', 15.2083],
  ])('turns the pattern %j into %d shifts a month', (shiftPattern, shifts) => {
    const workload = workloadFromSchedule({ shiftPattern });
    expect(workload.shiftsPerMonth).toBeCloseTo(shifts, 4);
    expect(workload.hoursPerMonth).toBeUndefined();
  });

  it('derives hours from the shift length', () => {
    const dayOnThreeOff = workloadFromSchedule({ shiftPattern: '1/3', shiftHours: 24 });
    expect(dayOnThreeOff.hoursPerMonth).toBeCloseTo(182.5, 10);
    const twoTwo = workloadFromSchedule({ shiftPattern: '2/2', shiftHours: 12 });
    expect(twoTwo.hoursPerMonth).toBeCloseTo(182.5, 10);
  });

  it('prefers shiftsPerWeek over the pattern and falls back to the pattern when it is invalid', () => {
    expect(workloadFromSchedule({ shiftsPerWeek: 3, shiftPattern: '2/2' }).shiftsPerMonth).toBeCloseTo(13.035, 10);
    expect(workloadFromSchedule({ shiftsPerWeek: 0, shiftPattern: '2/2' }).shiftsPerMonth).toBeCloseTo(15.2083, 4);
    expect(workloadFromSchedule({ shiftsPerWeek: 8, shiftPattern: '2/2' }).shiftsPerMonth).toBeCloseTo(15.2083, 4);
    expect(workloadFromSchedule({ shiftsPerWeek: null, shiftPattern: '5/2' }).shiftsPerMonth).toBeCloseTo(21.7262, 4);
  });

  it.each(['', '2', '2/', '/2', '0/2', '2x2', '2х2', '2/2/2', '-1/3', '1.5/2', '100/1', 'abc', '2 2'])(
    'treats the invalid pattern %j as absent',
    (shiftPattern) => {
      expect(workloadFromSchedule({ shiftPattern, shiftHours: 12 })).toEqual({ hoursPerMonth: undefined, shiftsPerMonth: undefined });
      expect(parseShiftPattern(shiftPattern)).toBeNull();
    },
  );

  it('returns nothing without a schedule and ignores an invalid shift length', () => {
    expect(workloadFromSchedule({})).toEqual({});
    expect(workloadFromSchedule({ shiftHours: 12 })).toEqual({});
    expect(workloadFromSchedule({ shiftsPerWeek: Number.NaN, shiftPattern: null })).toEqual({});
    for (const shiftHours of [0, -12, 25, Number.NaN, null]) {
      expect(workloadFromSchedule({ shiftPattern: '2/2', shiftHours }).hoursPerMonth).toBeUndefined();
    }
  });

  it('parses valid patterns', () => {
    expect(parseShiftPattern('1/3')).toEqual({ on: 1, off: 3 });
    expect(parseShiftPattern('15/15')).toEqual({ on: 15, off: 15 });
    expect(parseShiftPattern('5/0')).toEqual({ on: 5, off: 0 });
  });
});

describe('convertToRub / convertFromRub', () => {
  it('converts with the table rate and rounds to whole units', () => {
    expect(convertToRub(1200, 'USD', rates)).toBe(108000);
    expect(convertToRub(1000, 'KZT', rates)).toBe(200);
    expect(convertToRub(333, 'UZS', rates)).toBe(2);
    expect(convertToRub(12.34, 'RUB', rates)).toBe(12);
    expect(convertFromRub(108000, 'USD', rates)).toBe(1200);
    expect(convertFromRub(100000, 'USD', rates)).toBe(1111);
    expect(convertFromRub(100000, 'UZS', rates)).toBe(13333333);
    expect(convertFromRub(100000, 'KZT', rates)).toBe(500000);
    expect(convertFromRub(0, 'EUR', rates)).toBe(0);
  });

  it('rejects bad amounts, currencies and rates', () => {
    expect(() => convertToRub(-1, 'USD', rates)).toThrow(RangeError);
    expect(() => convertFromRub(Number.NaN, 'USD', rates)).toThrow(RangeError);
    expect(() => convertFromRub(Number.POSITIVE_INFINITY, 'USD', rates)).toThrow(RangeError);
    expect(() => convertToRub(1, 'XYZ' as Currency, rates)).toThrow(/Unknown currency/);
    expect(() => convertFromRub(1, 'EUR', { ...rates, EUR: 0 })).toThrow(/exchange rate for EUR/);
    expect(() => convertToRub(1e300, 'USD', rates)).toThrow(/out of range/);
  });

  it('round-trips whole amounts of currencies worth at least a rouble (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Currency>('RUB', 'USD', 'EUR', 'BYN'), fc.integer({ min: 0, max: 1e12 }), (currency, amount) => {
        expect(convertFromRub(convertToRub(amount, currency, rates), currency, rates)).toBe(amount);
      }),
    );
  });

  it('stays within rounding error of the exact conversion (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.double({ min: 0, max: 1e9, noNaN: true }), (currency, amountRub) => {
        const rate = currency === 'RUB' ? 1 : rates[currency];
        expect(Math.abs(convertFromRub(amountRub, currency, rates) - amountRub / rate)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(convertToRub(amountRub, currency, rates) - amountRub * rate)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('roundForDisplay', () => {
  it.each([
    [0, 0],
    [7.4, 7],
    [849.5, 850],
    [999.4, 999],
    [999.6, 1000],
    [1234, 1230],
    [1235, 1240],
    [9994, 9990],
    [9996, 10000],
    [10_400, 10_000],
    [45_678, 46_000],
    [123_456, 123_000],
    [999_600, 1_000_000],
    [1_000_000, 1_000_000],
    [1_234_567, 1_230_000],
    [15_432_100, 15_400_000],
    [123_456_789, 123_000_000],
    [1e21 + 3e18, 1.0e21],
    [-1234, -1230],
    [-0.4, 0],
  ])('rounds %d to %d', (amount, expected) => {
    expect(roundForDisplay(amount, 'RUB')).toBe(expected);
  });

  it('does not depend on the currency', () => {
    for (const currency of CURRENCIES) expect(roundForDisplay(1195.65, currency)).toBe(1200);
  });

  it('rejects non-finite amounts and unknown currencies', () => {
    expect(() => roundForDisplay(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => roundForDisplay(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError);
    expect(() => roundForDisplay(100, 'ABC' as Currency)).toThrow(/Unknown currency/);
  });

  it('is idempotent, monotonic and within half a step of the input (property)', () => {
    const step = (x: number): number => (x < 1e3 ? 1 : x < 1e4 ? 10 : x < 1e6 ? 1e3 : 10 ** (String(Math.floor(x)).length - 3));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (a, b) => {
        const ra = roundForDisplay(a, 'UZS');
        expect(roundForDisplay(ra, 'UZS')).toBe(ra);
        expect(Math.abs(ra - a)).toBeLessThanOrEqual(step(a) / 2);
        if (a <= b) expect(ra).toBeLessThanOrEqual(roundForDisplay(b, 'UZS'));
      }),
    );
  });
});
