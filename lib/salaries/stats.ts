// The statistics behind /salaries, pure: quartiles, the small-sample rule, histogram bins and weeks.
import { MIN_SAMPLE, type HistogramBin, type Stat } from './types';

/**
 * The p-quantile (0…1) of ascending `sorted` by linear interpolation between closest ranks — Hyndman & Fan's
 * type 7, what PostgreSQL's percentile_cont and spreadsheets' PERCENTILE.INC give. NaN for an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within 0…1, got ${p}`);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

const ascending = (a: number, b: number) => a - b;

/** Count and quartiles (whole roubles) of `values`; the figures are null below MIN_SAMPLE values. */
export function summarize(values: readonly number[]): Stat {
  const count = values.length;
  if (count < MIN_SAMPLE) return { count, p25: null, median: null, p75: null };
  const sorted = [...values].sort(ascending);
  return {
    count,
    p25: Math.round(percentile(sorted, 0.25)),
    median: Math.round(percentile(sorted, 0.5)),
    p75: Math.round(percentile(sorted, 0.75)),
  };
}

/** Where a salary stands against a group: below P25, within P25–P75 ("around the median"), above P75. */
export function positionOf(value: number, stat: { p25: number; p75: number }): 'below' | 'around' | 'above' {
  if (value < stat.p25) return 'below';
  if (value > stat.p75) return 'above';
  return 'around';
}

const MAX_BINS = 12;

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `min`. */
export function niceStep(min: number): number {
  if (!(min > 0) || !Number.isFinite(min)) return 1;
  let scale = 10 ** Math.floor(Math.log10(min));
  // Guard against log10 rounding (log10(1000) may come out as 2.9999…).
  while (scale > min) scale /= 10;
  while (scale * 10 <= min) scale *= 10;
  for (const m of [1, 2, 2.5, 5, 10]) if (m * scale >= min) return Math.max(1, m * scale);
  return Math.max(1, 10 * scale);
}

/**
 * Bins of equal, round width over the bulk of `values` (2nd to 98th percentile, at most 12 bins), plus an
 * open bin at each end for the outliers when there are any, so one huge salary does not flatten the chart.
 * Empty below MIN_SAMPLE values. Bins are [from, to).
 */
export function histogram(values: readonly number[]): { width: number; bins: HistogramBin[] } {
  if (values.length < MIN_SAMPLE) return { width: 0, bins: [] };
  const sorted = [...values].sort(ascending);
  const p2 = percentile(sorted, 0.02);
  const p98 = percentile(sorted, 0.98);
  const span = Math.max(p98 - p2, p98 * 0.1, 1);
  const width = niceStep(span / MAX_BINS);
  const lo = Math.floor(p2 / width) * width;
  let hi = Math.ceil(p98 / width) * width;
  if (hi <= lo) hi = lo + width;
  const inner = Math.round((hi - lo) / width);

  const bins: HistogramBin[] = [];
  const below = sorted.filter((v) => v < lo).length;
  if (below) bins.push({ from: 0, to: lo, count: below });
  const first = bins.length;
  for (let i = 0; i < inner; i++) bins.push({ from: lo + i * width, to: lo + (i + 1) * width, count: 0 });
  let above = 0;
  for (const v of sorted) {
    if (v < lo) continue;
    if (v >= hi) above++;
    else bins[first + Math.min(inner - 1, Math.floor((v - lo) / width))]!.count++;
  }
  if (above) bins.push({ from: hi, to: null, count: above });
  return { width, bins };
}

// Europe/Moscow has kept UTC+3 all year since 2014; weeks start on Monday there.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** Monday 00:00 Moscow time of the week holding `ms`, as UTC milliseconds. */
export function weekStartMs(ms: number): number {
  const local = ms + MOSCOW_OFFSET_MS;
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return dayStart - weekday * DAY_MS - MOSCOW_OFFSET_MS;
}

/** `YYYY-MM-DD` of the Monday (Moscow) of the week holding `ms`. */
export function weekKey(ms: number): string {
  return new Date(weekStartMs(ms) + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** The keys of the last `count` weeks up to and including the one holding `now`, oldest first. */
export function lastWeeks(now: Date, count: number): string[] {
  const current = weekStartMs(now.getTime());
  return Array.from({ length: count }, (_, i) => weekKey(current - (count - 1 - i) * 7 * DAY_MS + DAY_MS));
}
