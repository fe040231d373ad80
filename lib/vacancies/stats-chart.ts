// The geometry of the employer's views chart, kept pure so it can be tested without rendering.

/** Round steps for counts: 1, 2, 5, 10, 20, 50, … (never a fraction: there is no half a view). */
function countStep(rough: number): number {
  if (rough <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

/**
 * Y-axis ticks for counts: from 0 to the first round value at or above `max`, at most `count` steps of a
 * round size. 0 or less gives [0, 1], so an empty axis still has a scale.
 */
export function countTicks(max: number, count = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = countStep(top / count);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** Height of a value as a percentage of the axis (the last tick); a non-zero value stays visible. */
export function barPercent(value: number, axisTop: number): number {
  if (value <= 0 || axisTop <= 0) return 0;
  return Math.max(1.5, Math.min(100, (value / axisTop) * 100));
}

/**
 * Which x positions get a date label: the last day always, then every `step`-th day back from it, so at most
 * about six labels fit under the chart at 390 px.
 */
export function labelledDays(count: number, max = 6): Set<number> {
  const step = Math.max(1, Math.ceil(count / max));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}

/** Where a column's tooltip hangs so it stays inside the chart: from its left edge, centred, or from its right. */
export function tooltipSide(index: number, count: number): 'start' | 'center' | 'end' {
  if (count <= 2) return index === 0 ? 'start' : 'end';
  const position = index / (count - 1);
  return position < 0.2 ? 'start' : position > 0.8 ? 'end' : 'center';
}
