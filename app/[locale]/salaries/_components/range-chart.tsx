import { linear, niceTicks } from './scale';

export type RangeRow = {
  id: string;
  label: string;
  /** A sub-row (a language level under its language). */
  nested?: boolean;
  p25: number | null;
  median: number | null;
  p75: number | null;
};

type Props = {
  rows: RangeRow[];
  axisLabel: string;
  tooFew: string;
  tick: (value: number) => string;
  money: (value: number) => string;
};

const W = 680;
const LABEL_W = 190;
const X0 = 200;
/** Room on the right for the last tick and the median's value beside a bar that reaches the end. */
const X1 = 610;
const ROW_H = 30;
const TOP = 8;
const AXIS_H = 46;

/** Horizontal bars from P25 to P75 with a mark at the median, one row per group, on a shared axis from zero. */
export function RangeChart({ rows, axisLabel, tooFew, tick, money }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.p75 ?? 0));
  const ticks = niceTicks(max);
  const x = linear(0, ticks.at(-1)!, X0, X1);
  const height = TOP + rows.length * ROW_H + AXIS_H;
  const bottom = TOP + rows.length * ROW_H;

  return (
    <svg viewBox={`0 0 ${W} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} className="stroke-sand-200" strokeWidth={1} />
          <text x={x(t)} y={bottom + 18} textAnchor="middle" className="fill-ink-600 text-[12px]">
            {tick(t)}
          </text>
        </g>
      ))}
      <line x1={X0} x2={X1} y1={bottom} y2={bottom} className="stroke-ink-400" strokeWidth={1} />
      <text x={(X0 + X1) / 2} y={bottom + 40} textAnchor="middle" className="fill-ink-700 text-[12px]">
        {axisLabel}
      </text>
      {rows.map((r, i) => {
        const cy = TOP + i * ROW_H + ROW_H / 2;
        return (
          <g key={r.id}>
            <text x={LABEL_W} y={cy + 4} textAnchor="end" className={r.nested ? 'fill-ink-600 text-[12px]' : 'fill-ink-900 text-[13px]'}>
              {r.label}
            </text>
            {r.p25 !== null && r.p75 !== null && r.median !== null ? (
              <>
                <rect x={x(r.p25)} y={cy - 6} width={Math.max(2, x(r.p75) - x(r.p25))} height={12} rx={3} className={r.nested ? 'fill-brand-200' : 'fill-brand-300'}>
                  <title>{`${r.label}: ${money(r.p25)} – ${money(r.p75)}`}</title>
                </rect>
                <rect x={x(r.median) - 1.5} y={cy - 10} width={3} height={20} className="fill-brand-900" />
                {x(r.p75) + 60 <= W ? (
                  <text x={x(r.p75) + 6} y={cy + 4} className="fill-ink-800 text-[11px]">
                    {tick(r.median)}
                  </text>
                ) : (
                  <text x={x(r.p25) - 6} y={cy + 4} textAnchor="end" className="fill-ink-800 text-[11px]">
                    {tick(r.median)}
                  </text>
                )}
              </>
            ) : (
              <text x={X0 + 4} y={cy + 4} className="fill-ink-600 text-[12px] italic">
                {tooFew}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
