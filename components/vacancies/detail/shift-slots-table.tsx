'use client';

import { useSyncExternalStore } from 'react';
import { convertSlot, isValidTimeZone, type MinuteRange } from '@/lib/shifts/fit';
import type { ShiftSlotInfo } from '@/lib/vacancies/types';
import { formatSlotRange, slotHours, zoneLabel, type SlotLabels } from './slot-format';

export type ShiftSlotRow = {
  slot: ShiftSlotInfo;
  /** The slot in Moscow time, or null when the vacancy's zone keeps Moscow's offset anyway. */
  moscow: MinuteRange | null;
};

export type ShiftSlotsTableLabels = SlotLabels & {
  caption: string;
  vacancyTime: string;
  moscowTime: string;
  yourTime: string;
  duration: string;
  /** "{hours} ч" with the placeholder left in. */
  hours: string;
};

type Props = {
  rows: ShiftSlotRow[];
  labels: ShiftSlotsTableLabels;
  /** ISO date whose UTC offsets apply; from the server, so both renders agree. */
  on: string;
};

const noSubscription = () => () => {};

/** The browser's IANA zone after hydration; null on the server, so the first client render matches its HTML. */
function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    () => null,
  );
}

function sameRange(a: MinuteRange, b: MinuteRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Shift slots in the vacancy's zone and Moscow time (rendered on the server), plus the viewer's zone in the browser. */
export function ShiftSlotsTable({ rows, labels, on }: Props) {
  const browserZone = useBrowserTimeZone();
  const now = new Date(on);
  const zones = new Set(rows.map((r) => r.slot.timeZone));
  const sharedZone = zones.size === 1 ? rows[0]?.slot.timeZone : undefined;
  const showMoscow = rows.some((r) => r.moscow !== null);

  let local: MinuteRange[] | null = null;
  if (browserZone && isValidTimeZone(browserZone) && rows.every((r) => isValidTimeZone(r.slot.timeZone))) {
    const converted = rows.map((r) => convertSlot(r.slot, browserZone, now));
    // Left out when it would only repeat the vacancy's or Moscow's column.
    const repeats = (column: (row: ShiftSlotRow) => MinuteRange) => converted.every((c, i) => sameRange(c, column(rows[i]!)));
    local = repeats((r) => r.slot) || (showMoscow && repeats((r) => r.moscow ?? r.slot)) ? null : converted;
  }

  const headClass = 'px-2.5 py-2 sm:px-3 text-left align-bottom text-xs font-semibold tracking-wide text-ink-600 uppercase';
  const cellClass = 'px-2.5 py-2.5 align-top sm:px-3';

  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full min-w-[18rem] text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="border-b border-line bg-sand-50">
          <tr>
            <th scope="col" className={headClass}>
              {labels.vacancyTime}
              {sharedZone && <span className="block font-normal tracking-normal normal-case">{zoneLabel(sharedZone, now)}</span>}
            </th>
            {showMoscow && (
              <th scope="col" className={headClass}>
                {labels.moscowTime}
                <span className="block font-normal tracking-normal normal-case">{zoneLabel('Europe/Moscow', now)}</span>
              </th>
            )}
            {local && browserZone && (
              <th scope="col" className={headClass}>
                {labels.yourTime}
                <span className="block font-normal tracking-normal normal-case">{zoneLabel(browserZone, now)}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row, i) => (
            <tr key={`${row.slot.start}-${row.slot.end}-${row.slot.timeZone}-${i}`}>
              <th scope="row" className={`${cellClass} text-left font-semibold text-ink-950`}>
                {formatSlotRange(row.slot, labels)}
                {!sharedZone && <span className="block text-xs font-normal text-ink-600">{zoneLabel(row.slot.timeZone, now)}</span>}
                <span className="block text-xs font-normal text-ink-600">
                  {labels.duration}: {labels.hours.replace('{hours}', String(slotHours(row.slot)))}
                </span>
              </th>
              {showMoscow && <td className={cellClass}>{formatSlotRange(row.moscow ?? row.slot, labels)}</td>}
              {local && <td className={`${cellClass} text-brand-800`}>{formatSlotRange(local[i]!, labels)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
