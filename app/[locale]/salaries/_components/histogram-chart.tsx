import type { HistogramBin } from '@/lib/salaries/types';
import { linear, niceTicks } from './scale';

type Props = {
  bins: HistogramBin[];
  axisLabel: string;
  countLabel: string;
  tick: (value: number) => string;
  binLabel: (bin: HistogramBin) => string;
};

const W = 640;
const H = 280;
const LEFT = 48;
const RIGHT = 628;
const TOP = 12;
const BOTTOM = 222;

/** Vacancies per salary bin; open bins at the ends hold the outliers. */
export function HistogramChart({ bins, axisLabel, countLabel, tick, binLabel }: Props) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const yTicks = niceTicks(max, 0, 4).filter((t) => Number.isInteger(t));
  const y = linear(0, yTicks.at(-1)!, BOTTOM, TOP);
  const slot = (RIGHT - LEFT) / Math.max(1, bins.length);
  // Every edge gets a label while they fit; past eight bins every other one.
  const every = bins.length > 8 ? 2 : 1;

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={RIGHT} y1={y(t)} y2={y(t)} className="stroke-sand-200" strokeWidth={1} />
          <text x={LEFT - 8} y={y(t) + 4} textAnchor="end" className="fill-ink-600 text-[12px]">
            {t}
          </text>
        </g>
      ))}
      <text x={14} y={(TOP + BOTTOM) / 2} transform={`rotate(-90 14 ${(TOP + BOTTOM) / 2})`} textAnchor="middle" className="fill-ink-700 text-[12px]">
        {countLabel}
      </text>
      {bins.map((b, i) => {
        const h = BOTTOM - y(b.count);
        return (
          <g key={b.from}>
            <rect x={LEFT + i * slot + 2} y={BOTTOM - h} width={slot - 4} height={h} rx={2} className={b.to === null || (i === 0 && b.from === 0) ? 'fill-brand-300' : 'fill-brand-500'}>
              <title>{`${binLabel(b)}: ${b.count}`}</title>
            </rect>
            {b.count > 0 && (
              <text x={LEFT + i * slot + slot / 2} y={BOTTOM - h - 4} textAnchor="middle" className="fill-ink-800 text-[11px]">
                {b.count}
              </text>
            )}
            {i % every === 0 && b.from > 0 && (
              <text x={LEFT + i * slot} y={BOTTOM + 18} textAnchor="middle" className="fill-ink-600 text-[12px]">
                {tick(b.from)}
              </text>
            )}
          </g>
        );
      })}
      <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} className="stroke-ink-400" strokeWidth={1} />
      <text x={(LEFT + RIGHT) / 2} y={H - 14} textAnchor="middle" className="fill-ink-700 text-[12px]">
        {axisLabel}
      </text>
    </svg>
  );
}
