import type { WeekStat } from '@/lib/salaries/types';
import { linear, niceTicks } from './scale';

type Props = {
  weeks: WeekStat[];
  axisLabel: string;
  tick: (value: number) => string;
  weekLabel: (week: string) => string;
};

const W = 640;
const H = 260;
const LEFT = 64;
const RIGHT = 628;
const TOP = 12;
const BOTTOM = 204;

/** The weekly median as a line over its P25–P75 band; weeks with too few vacancies leave a gap. */
export function WeeklyChart({ weeks, axisLabel, tick, weekLabel }: Props) {
  const shown = weeks.filter((w) => w.median !== null);
  const lo = Math.min(...shown.map((w) => w.p25!), Number.POSITIVE_INFINITY);
  const hi = Math.max(...shown.map((w) => w.p75!), 1);
  const yTicks = niceTicks(hi, Number.isFinite(lo) ? lo : 0, 4);
  const y = linear(yTicks[0]!, yTicks.at(-1)!, BOTTOM, TOP);
  const x = linear(0, Math.max(1, weeks.length - 1), LEFT + 8, RIGHT - 8);

  // Runs of consecutive weeks with figures: one line and one band each.
  const runs: { i: number; w: WeekStat }[][] = [];
  weeks.forEach((w, i) => {
    if (w.median === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1)!.i === i - 1) last.push({ i, w });
    else runs.push([{ i, w }]);
  });

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={RIGHT} y1={y(t)} y2={y(t)} className="stroke-sand-200" strokeWidth={1} />
          <text x={LEFT - 8} y={y(t) + 4} textAnchor="end" className="fill-ink-600 text-[12px]">
            {tick(t)}
          </text>
        </g>
      ))}
      {runs.map((run) => {
        const band = [...run.map(({ i, w }) => `${x(i)},${y(w.p75!)}`), ...[...run].reverse().map(({ i, w }) => `${x(i)},${y(w.p25!)}`)].join(' ');
        return (
          <g key={run[0]!.i}>
            {run.length > 1 && <polygon points={band} className="fill-brand-100" />}
            {run.length > 1 && <polyline points={run.map(({ i, w }) => `${x(i)},${y(w.median!)}`).join(' ')} fill="none" className="stroke-brand-700" strokeWidth={2.5} />}
            {run.map(({ i, w }) => (
              <circle key={i} cx={x(i)} cy={y(w.median!)} r={3.5} className="fill-brand-800">
                <title>{`${weekLabel(w.week)}: ${tick(w.median!)}`}</title>
              </circle>
            ))}
          </g>
        );
      })}
      {weeks.map((w, i) =>
        i % 4 === (weeks.length - 1) % 4 ? (
          <text key={w.week} x={x(i)} y={BOTTOM + 18} textAnchor="middle" className="fill-ink-600 text-[12px]">
            {weekLabel(w.week)}
          </text>
        ) : null,
      )}
      <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} className="stroke-ink-400" strokeWidth={1} />
      <text x={(LEFT + RIGHT) / 2} y={H - 12} textAnchor="middle" className="fill-ink-700 text-[12px]">
        {axisLabel}
      </text>
    </svg>
  );
}
