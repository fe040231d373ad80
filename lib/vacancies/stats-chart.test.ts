import { describe, expect, it } from 'vitest';
import { TIME_ZONE } from '@/i18n/request';
import { barPercent, countTicks, labelledDays, tooltipSide } from './stats-chart';
import { addDays, daysFrom, STATS_TIME_ZONE, statsDay } from './stats-days';

describe('countTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [14, [0, 5, 10, 15]],
    [60, [0, 20, 40, 60]],
    [61, [0, 20, 40, 60, 80]],
    [100, [0, 50, 100]],
    [1234, [0, 500, 1000, 1500]],
  ])('max %i → %j', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });

  it('always reaches the maximum with whole, evenly spaced steps', () => {
    for (let max = 0; max <= 2000; max += 7) {
      const ticks = countTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      const step = ticks[1]! - ticks[0]!;
      expect(Number.isInteger(step)).toBe(true);
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
    }
  });
});

describe('barPercent', () => {
  it('keeps a small non-zero value visible and zero flat', () => {
    expect(barPercent(0, 60)).toBe(0);
    expect(barPercent(1, 1000)).toBe(1.5);
    expect(barPercent(30, 60)).toBe(50);
    expect(barPercent(60, 60)).toBe(100);
  });
});

describe('labelledDays and tooltipSide', () => {
  it('label the last day and every few before it, at most six', () => {
    expect([...labelledDays(30)].sort((a, b) => a - b)).toEqual([4, 9, 14, 19, 24, 29]);
    expect([...labelledDays(7)].sort((a, b) => a - b)).toEqual([0, 2, 4, 6]);
    expect([...labelledDays(1)]).toEqual([0]);
  });

  it('hang tooltips inside the chart at its edges', () => {
    expect(tooltipSide(0, 30)).toBe('start');
    expect(tooltipSide(15, 30)).toBe('center');
    expect(tooltipSide(29, 30)).toBe('end');
    expect(tooltipSide(0, 1)).toBe('start');
  });
});

describe('stats days', () => {
  it('are calendar days in the site’s zone', () => {
    expect(STATS_TIME_ZONE).toBe(TIME_ZONE);
    expect(statsDay(new Date('2026-12-04T20:59:59Z'))).toBe('2026-12-04');
    expect(statsDay(new Date('2026-12-04T21:00:00Z'))).toBe('2026-12-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysFrom('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysFrom('2026-12-02', '2026-12-01')).toEqual([]);
  });
});
