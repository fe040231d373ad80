import { MINUTES_PER_DAY, dayOffsetMinutes, isValidTimeZone, mod } from './time';

export { dayOffsetMinutes, formatTime, isValidTimeZone, parseTime, zoneOffsetMinutes } from './time';

/** A daily shift in local minutes since midnight of an IANA zone; start === end is a 24-hour shift. */
export type ShiftSlot = { start: number; end: number; timeZone: string };

/** A candidate's daily free time in local minutes of an IANA zone; from === to means the whole day. */
export type FreeWindow = { from: number; to: number; timeZone: string };

/** Minutes since midnight in one zone, UTC included. */
export type MinuteRange = { start: number; end: number };

/*
 * Model: slots and windows repeat daily, so a reference date only decides which UTC offset each
 * zone has; a zone gets one offset per date (its offset at local noon, see dayOffsetMinutes).
 *
 * DST: a shift that spans a DST change keeps its nominal length in real time and the offset of
 * the day it starts on. 21:00–09:00 Berlin on 28 March 2026 is 20:00–08:00 UTC — 12 real hours,
 * although that night the Berlin clock shows 10:00 at its end. Taking wall-clock ends instead
 * would make such a slot 11 or 13 hours long, a length the UTC minutes stored for SQL cannot
 * express, and a slot would then fail to fit a window equal to itself.
 */

function assertMinuteOfDay(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= MINUTES_PER_DAY) {
    throw new RangeError(`${name} must be a whole minute of the day (0–1439), got ${String(value)}`);
  }
}

function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${String(timeZone)}`);
}

function assertSlot(slot: ShiftSlot): void {
  assertMinuteOfDay(slot.start, 'Slot start');
  assertMinuteOfDay(slot.end, 'Slot end');
  assertTimeZone(slot.timeZone);
}

function assertWindow(window: FreeWindow): void {
  assertMinuteOfDay(window.from, 'Window start');
  assertMinuteOfDay(window.to, 'Window end');
  assertTimeZone(window.timeZone);
}

/** Length of a slot in minutes, 1..1440; start === end is a full day. */
export function slotDurationMinutes(slot: MinuteRange): number {
  return mod(slot.end - slot.start - 1, MINUTES_PER_DAY) + 1;
}

/** The same slot as local minutes of `targetZone` on the date `on` (the offsets depend on it). */
export function convertSlot(slot: ShiftSlot, targetZone: string, on: Date): MinuteRange {
  assertSlot(slot);
  assertTimeZone(targetZone);
  const shift = dayOffsetMinutes(targetZone, on) - dayOffsetMinutes(slot.timeZone, on);
  return { start: mod(slot.start + shift, MINUTES_PER_DAY), end: mod(slot.end + shift, MINUTES_PER_DAY) };
}

/** The slot in UTC minutes of day on `on`, as stored for SQL filtering. */
export function slotToUtcMinutes(slot: ShiftSlot, on: Date): MinuteRange {
  return convertSlot(slot, 'UTC', on);
}

/** The window in UTC minutes of day on `on`; a full-day window stays from === to. */
export function windowToUtcMinutes(window: FreeWindow, on: Date): { from: number; to: number } {
  assertWindow(window);
  const { start, end } = convertSlot({ start: window.from, end: window.to, timeZone: window.timeZone }, 'UTC', on);
  return { from: start, to: end };
}

/**
 * Whether a slot lies inside a window, both in minutes of the same zone, on the 24-hour circle.
 * The SQL twin, with duration = `mod(s.end - s.start + 1439, 1440) + 1`:
 * `w.from = w.to OR mod(s.start - w.from + 1440, 1440) + duration <= mod(w.to - w.from + 1440, 1440)`.
 */
export function rangeFitsWindow(slot: MinuteRange, window: { from: number; to: number }): boolean {
  if (window.from === window.to) return true;
  const windowLength = mod(window.to - window.from, MINUTES_PER_DAY);
  return mod(slot.start - window.from, MINUTES_PER_DAY) + slotDurationMinutes(slot) <= windowLength;
}

/** Whether the candidate is free for the whole slot, with the offsets of the date `on`. */
export function slotFitsWindow(slot: ShiftSlot, window: FreeWindow, on: Date = new Date()): boolean {
  assertSlot(slot);
  assertWindow(window);
  return rangeFitsWindow(convertSlot(slot, window.timeZone, on), window);
}

/** Whether any slot of a vacancy fits; false for a vacancy without slots. */
export function anySlotFits(slots: readonly ShiftSlot[], window: FreeWindow, on: Date = new Date()): boolean {
  assertWindow(window);
  return slots.some((slot) => slotFitsWindow(slot, window, on));
}
