import { describe, expect, it } from 'vitest';
import type { Rates } from '@/lib/salary/normalize';
import { computeSnapshot, midpoint } from './compute';
import { compareWithMarket, indexCells, marketLines } from './lookup';
import type { SalaryRow } from './types';

const rates: Rates = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };
const now = new Date('2026-12-04T12:00:00Z');
const DAY = 86_400_000;

const row = (over: Partial<SalaryRow> & { rub: number }): SalaryRow => ({
  minRub: over.rub,
  maxRub: over.rub,
  industry: 'ecommerce',
  schedule: 'shift',
  experience: 'noExperience',
  training: false,
  voice: false,
  live: true,
  publishedMs: now.getTime() - DAY,
  languages: ['ru:native'],
  ...over,
});

describe('computeSnapshot', () => {
  it('uses the middle of each range', () => {
    expect(midpoint({ minRub: 40_000, maxRub: 60_000 })).toBe(50_000);
  });

  it('breaks live vacancies down by every dimension, hiding small groups', () => {
    const rows = [
      ...[40, 50, 60, 70, 80].map((k) => row({ rub: k * 1000, industry: 'finance', languages: ['ru:native', 'en:B2'], training: true })),
      ...[30, 35].map((k) => row({ rub: k * 1000, voice: true, experience: 'between1And3' })),
    ];
    const s = computeSnapshot({ rows, live: 9, now, rates });
    expect(s.live).toBe(9);
    expect(s.overall.count).toBe(7);
    expect(s.byIndustry.find((b) => b.key === 'finance')).toEqual({ key: 'finance', count: 5, p25: 50_000, median: 60_000, p75: 70_000 });
    expect(s.byIndustry.find((b) => b.key === 'ecommerce')).toEqual({ key: 'ecommerce', count: 2, p25: null, median: null, p75: null });
    expect(s.byIndustry.map((b) => b.key)).toEqual(['ecommerce', 'finance', 'edtech', 'telecom', 'software', 'other']);
    expect(s.byLanguage.map((l) => [l.key, l.count])).toEqual([['ru', 7], ['en', 5]]);
    expect(s.byLanguage[1]!.levels).toEqual([{ key: 'B2', count: 5, p25: 50_000, median: 60_000, p75: 70_000 }]);
    expect(s.byTraining.map((b) => [b.key, b.count])).toEqual([['provided', 5], ['none', 2]]);
    expect(s.byChannel.map((b) => [b.key, b.count])).toEqual([['chatOnly', 5], ['voice', 2]]);
    expect(s.byExperience.find((b) => b.key === 'between1And3')?.count).toBe(2);
  });

  it('keeps only lookup cells with enough vacancies', () => {
    const rows = [40, 50, 60, 70, 80].map((k) => row({ rub: k * 1000, industry: 'finance', languages: ['ru:native', 'kk:B1'] }));
    const s = computeSnapshot({ rows: [...rows, row({ rub: 1, industry: 'edtech' })], live: 6, now, rates });
    const keys = s.cells.map((c) => `${c.industry}/${c.language}/${c.schedule}`).sort();
    expect(keys).toEqual(['finance/kk/null', 'finance/kk/shift', 'finance/null/null', 'finance/null/shift', 'finance/ru/null', 'finance/ru/shift']);
  });

  it('counts closed and expired vacancies in the weekly medians only, by week of publication', () => {
    const lastWeek = now.getTime() - 7 * DAY;
    const rows = [
      ...[40, 50, 60, 70, 80].map((k) => row({ rub: k * 1000, live: false, publishedMs: lastWeek })),
      row({ rub: 100_000, publishedMs: now.getTime() - 400 * DAY }),
    ];
    const s = computeSnapshot({ rows, live: 1, now, rates });
    expect(s.overall.count).toBe(1);
    expect(s.weekly).toHaveLength(26);
    expect(s.weekly.at(-2)).toEqual({ week: '2026-11-23', count: 5, p25: 50_000, median: 60_000, p75: 70_000 });
    expect(s.weekly.at(-1)?.count).toBe(0);
    expect(s.weekly.reduce((n, w) => n + w.count, 0)).toBe(5); // the old one is outside the window
  });

  it('bins the histogram in every currency with a rate', () => {
    const rows = [40, 50, 60, 70, 80].map((k) => row({ rub: k * 1000 }));
    const s = computeSnapshot({ rows, live: 5, now, rates: { ...rates, UZS: Number.NaN } });
    expect(s.histograms.map((h) => h.currency)).toEqual(['RUB', 'USD', 'EUR', 'KZT', 'BYN']);
    for (const h of s.histograms) expect(h.bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });
});

describe('lookups', () => {
  const rows = [
    ...[40, 50, 60, 70, 80].map((k) => row({ rub: k * 1000, industry: 'finance', schedule: 'shift', languages: ['ru:native', 'en:B2'] })),
    ...[60, 70, 80, 90, 100].map((k) => row({ rub: k * 1000, industry: 'finance', schedule: 'fullDay', languages: ['ru:native', 'en:C1'] })),
  ];
  const index = indexCells(computeSnapshot({ rows, live: 10, now, rates }).cells);

  it('compares a vacancy on its non-Russian language within its industry', () => {
    const c = compareWithMarket(index, { industry: 'finance', languages: [{ language: 'ru' }, { language: 'en' }], minRub: 90_000, maxRub: 110_000 });
    expect(c?.cell).toMatchObject({ industry: 'finance', language: 'en', schedule: null, count: 10 });
    expect(c?.position).toBe('above');
    expect(c?.value).toBe(100_000);
  });

  it('falls back to the industry, and gives up without a salary or data', () => {
    expect(compareWithMarket(index, { industry: 'finance', languages: [{ language: 'de' }], minRub: 60_000, maxRub: 60_000 })?.cell).toMatchObject({ language: null, schedule: null });
    expect(compareWithMarket(index, { industry: 'finance', languages: [], minRub: null, maxRub: null })).toBeNull();
    expect(compareWithMarket(index, { industry: 'edtech', languages: [{ language: 'en' }], minRub: 1, maxRub: 2 })).toBeNull();
  });

  it('gives the editor the industry and one line per language, narrowed to the schedule when it can be', () => {
    const lines = marketLines(index, { industry: 'finance', schedule: 'shift', languages: ['ru', 'en', 'de'] });
    expect(lines.map((l) => `${l.language}/${l.schedule}/${l.count}`)).toEqual(['null/shift/5', 'ru/shift/5', 'en/shift/5']);
    expect(marketLines(index, { industry: 'finance', schedule: 'flexible', languages: ['en'] }).map((l) => `${l.language}/${l.schedule}`)).toEqual(['null/null', 'en/null']);
    expect(marketLines(index, { industry: '', schedule: 'shift', languages: ['en'] })).toEqual([]);
  });
});
