import { describe, expect, it } from 'vitest';
import type { Rates } from '@/lib/salary/normalize';
import { computeSnapshot } from './compute';
import { canConvert, convertStat, inCurrency, shownComparison } from './convert';
import { presentSnapshot } from './present';
import type { SalaryRow } from './types';

const rates: Rates = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };

describe('currency conversion', () => {
  it('converts monthly roubles and rounds so the figure does not look exact', () => {
    expect(inCurrency(45_321, 'RUB', rates)).toBe(45_000);
    expect(inCurrency(92_000, 'USD', rates)).toBe(1_000);
    expect(inCurrency(45_321, 'USD', rates)).toBe(493);
    expect(inCurrency(60_000, 'KZT', rates)).toBe(333_000);
    expect(inCurrency(60_000, 'UZS', rates)).toBe(8_220_000);
  });

  it('keeps hidden figures hidden', () => {
    expect(convertStat({ count: 3, p25: null, median: null, p75: null }, 'EUR', rates)).toEqual({ count: 3, p25: null, median: null, p75: null });
    expect(convertStat({ count: 9, p25: 40_000, median: 50_000, p75: 60_000 }, 'BYN', rates)).toEqual({ count: 9, p25: 1_420, median: 1_770, p75: 2_130 });
  });

  it('knows which currencies a rate table can convert into', () => {
    expect(canConvert('RUB', { ...rates, USD: Number.NaN })).toBe(true);
    expect(canConvert('USD', { ...rates, USD: Number.NaN })).toBe(false);
  });
});

describe('presentSnapshot', () => {
  const row = (minRub: number, maxRub = minRub): SalaryRow => ({
    minRub, maxRub, industry: 'finance', schedule: 'shift', experience: 'noExperience', training: true, voice: false, live: true, publishedMs: Date.parse('2026-12-01T10:00:00Z'), languages: ['ru:native'],
  });
  const snapshot = computeSnapshot({ rows: [40, 50, 60, 70, 80].map((k) => row(k * 1000)), live: 7, now: new Date('2026-12-04T12:00:00Z'), rates });

  it('shows every figure in the wanted currency with its own round histogram', () => {
    const usd = presentSnapshot(snapshot, 'USD', rates);
    expect(usd.currency).toBe('USD');
    expect(usd.overall).toEqual({ count: 5, p25: 543, median: 652, p75: 761 });
    expect(usd.histogram.currency).toBe('USD');
    expect(usd.cells.find((c) => c.language === null && c.schedule === null)?.median).toBe(652);
  });

  it('falls back to roubles when the rate is missing', () => {
    const broken = { ...rates, EUR: Number.NaN };
    const eur = presentSnapshot(computeSnapshot({ rows: [40, 50, 60, 70, 80].map((k) => row(k * 1000)), live: 5, now: new Date(), rates: broken }), 'EUR', broken);
    expect(eur.currency).toBe('RUB');
    expect(eur.overall.median).toBe(60_000);
  });
});

describe('shownComparison', () => {
  it('reads the position from the rounded figures the page prints', () => {
    // 39 600 is below a P25 of 40 400, but both print as 40 000 ₽: the badge must not say "below".
    const shown = shownComparison(39_600, { p25: 40_400, median: 50_000, p75: 60_000 }, 'RUB', rates);
    expect(shown).toEqual({ value: 40_000, p25: 40_000, median: 50_000, p75: 60_000, position: 'around' });
    expect(shownComparison(30_000, { p25: 40_400, median: 50_000, p75: 60_000 }, 'RUB', rates).position).toBe('below');
    expect(shownComparison(90_000, { p25: 40_400, median: 50_000, p75: 60_000 }, 'USD', rates)).toMatchObject({ value: 978, position: 'above' });
  });
});
