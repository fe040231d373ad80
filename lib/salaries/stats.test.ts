import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram, lastWeeks, niceStep, percentile, positionOf, summarize, weekKey } from './stats';
import { MIN_SAMPLE } from './types';

describe('percentile', () => {
  it('interpolates between closest ranks (type 7, as percentile_cont)', () => {
    const s = [10, 20, 30, 40];
    expect(percentile(s, 0)).toBe(10);
    expect(percentile(s, 1)).toBe(40);
    expect(percentile(s, 0.5)).toBe(25);
    expect(percentile(s, 0.25)).toBe(17.5);
    expect(percentile(s, 0.75)).toBe(32.5);
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('refuses a p outside 0…1', () => {
    expect(() => percentile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
  });

  it('stays within the data and is monotonic in p', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (values, a, b) => {
        const s = [...values].sort((x, y) => x - y);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(percentile(s, lo)).toBeGreaterThanOrEqual(s[0]!);
        expect(percentile(s, hi)).toBeLessThanOrEqual(s[s.length - 1]!);
        expect(percentile(s, lo)).toBeLessThanOrEqual(percentile(s, hi) + 1e-9);
      }),
    );
  });
});

describe('summarize', () => {
  it(`hides the figures below ${MIN_SAMPLE} values but keeps the count`, () => {
    expect(summarize([50_000, 60_000, 70_000, 80_000])).toEqual({ count: 4, p25: null, median: null, p75: null });
    expect(summarize([])).toEqual({ count: 0, p25: null, median: null, p75: null });
  });

  it('gives whole-rouble quartiles from five values on, whatever the order', () => {
    expect(summarize([90_000, 50_000, 70_000, 60_000, 80_000])).toEqual({ count: 5, p25: 60_000, median: 70_000, p75: 80_000 });
    expect(summarize([1, 2, 3, 4, 5, 6])).toEqual({ count: 6, p25: 2, median: 4, p75: 5 }); // 2.25, 3.5, 4.75 rounded
  });
});

describe('positionOf', () => {
  it('is below under P25, above over P75, around in between (edges included)', () => {
    const stat = { p25: 40_000, p75: 60_000 };
    expect(positionOf(39_999, stat)).toBe('below');
    expect(positionOf(40_000, stat)).toBe('around');
    expect(positionOf(60_000, stat)).toBe('around');
    expect(positionOf(60_001, stat)).toBe('above');
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(7_300)).toBe(10_000);
    expect(niceStep(10_000)).toBe(10_000);
    expect(niceStep(12_000)).toBe(20_000);
    expect(niceStep(2_100)).toBe(2_500);
    expect(niceStep(41)).toBe(50);
    expect(niceStep(0.3)).toBe(1);
    expect(niceStep(0)).toBe(1);
  });
});

describe('histogram', () => {
  it('is empty below the minimum sample', () => {
    expect(histogram([1, 2, 3, 4])).toEqual({ width: 0, bins: [] });
  });

  it('puts every value in exactly one bin of round width, [from, to)', () => {
    const values = [30_000, 35_000, 40_000, 45_000, 50_000, 55_000, 60_000, 65_000, 70_000, 75_000];
    const { width, bins } = histogram(values);
    expect(width).toBe(5_000);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
    expect(bins[0]).toEqual({ from: 30_000, to: 35_000, count: 1 });
    for (const b of bins) if (b.to !== null) expect(b.to - b.from).toBe(width);
  });

  it('gathers outliers in open bins at both ends', () => {
    const values = [...Array.from({ length: 98 }, (_, i) => 40_000 + i * 500), 1_000, 5_000_000];
    const { bins } = histogram(values);
    expect(bins[0]).toMatchObject({ from: 0, count: 1 });
    expect(bins.at(-1)).toMatchObject({ to: null, count: 1 });
    expect(bins.length).toBeLessThanOrEqual(14);
  });

  it('counts every value once, edges ascending (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: MIN_SAMPLE, maxLength: 200 }), (values) => {
        const { bins } = histogram(values);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
        for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBe(bins[i - 1]!.to);
        for (const v of values) {
          const holders = bins.filter((b) => v >= b.from && (b.to === null || v < b.to));
          expect(holders).toHaveLength(1);
        }
      }),
    );
  });
});

describe('weeks (Monday, Moscow time)', () => {
  it('starts the week on Monday 00:00 in Moscow', () => {
    // Sunday 2026-11-29 21:30 UTC is Monday 00:30 in Moscow.
    expect(weekKey(Date.parse('2026-11-29T21:30:00Z'))).toBe('2026-11-30');
    expect(weekKey(Date.parse('2026-11-29T20:59:00Z'))).toBe('2026-11-23');
    expect(weekKey(Date.parse('2026-12-04T12:00:00Z'))).toBe('2026-11-30');
  });

  it('lists the last weeks oldest first, ending with the current one', () => {
    const weeks = lastWeeks(new Date('2026-12-04T12:00:00Z'), 3);
    expect(weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(lastWeeks(new Date('2026-12-04T12:00:00Z'), 26)).toHaveLength(26);
  });
});
