import { niceStep } from '@/lib/salaries/stats';

/** Round ticks from `min` (0 by default) to at least `max`: about `count` of them. */
export function niceTicks(max: number, min = 0, count = 5): number[] {
  const step = niceStep(Math.max(max - min, 1) / count);
  const start = Math.floor(min / step) * step;
  const end = Math.max(Math.ceil(max / step) * step, start + step);
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(v);
  return ticks;
}

/** A linear map of [d0, d1] onto [r0, r1]. */
export const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
