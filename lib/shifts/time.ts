export const MINUTES_PER_DAY = 1440;

// Time zones and their formatters come from user input; the cap keeps garbage from growing the caches forever.
const CACHE_LIMIT = 1024;

/** Remainder that is never negative, for arithmetic on the 24-hour circle. */
export function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** Minutes since midnight for a strict "HH:MM" (00:00–23:59); null otherwise. */
export function parseTime(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "HH:MM" for a whole number of minutes, taken modulo a day so converted times can be passed as they are. */
export function formatTime(minutes: number): string {
  if (!Number.isInteger(minutes)) throw new RangeError(`Minutes must be an integer, got ${String(minutes)}`);
  const ofDay = mod(minutes, MINUTES_PER_DAY);
  const hours = Math.floor(ofDay / 60);
  return `${String(hours).padStart(2, '0')}:${String(ofDay % 60).padStart(2, '0')}`;
}

const validity = new Map<string, boolean>();

/** Whether Intl knows the zone; like Intl, accepts aliases and any letter case ("europe/moscow"). */
export function isValidTimeZone(timeZone: string): boolean {
  const known = validity.get(timeZone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    valid = typeof timeZone === 'string' && timeZone !== '';
  } catch {
    valid = false;
  }
  if (validity.size >= CACHE_LIMIT) validity.clear();
  validity.set(timeZone, valid);
  return valid;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${String(timeZone)}`);
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  if (formatters.size >= CACHE_LIMIT) formatters.clear();
  formatters.set(timeZone, formatter);
  return formatter;
}

export type ZonedDateTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock date and time of `instant` in `timeZone` (years 1–9999). */
export function zonedDateTime(timeZone: string, instant: Date): ZonedDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const fields: ZonedDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof ZonedDateTime] = Number(part.value);
  }
  // Some ICU versions print midnight as 24 even with h23.
  fields.hour %= 24;
  return fields;
}

function wallClockAsUtcMs({ year, month, day, hour, minute, second }: ZonedDateTime): number {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year);
  return date.getTime();
}

function offsetFrom(local: ZonedDateTime, instant: Date): number {
  const wholeSecondMs = instant.getTime() - mod(instant.getTime(), 1000);
  // Rounded because historical local mean times have offsets with seconds (Moscow 1880: +2:30:17).
  return Math.round((wallClockAsUtcMs(local) - wholeSecondMs) / 60_000);
}

/** UTC offset of `timeZone` at `instant`, in minutes (Moscow: 180, New York in winter: −300). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  return offsetFrom(zonedDateTime(timeZone, instant), instant);
}

/**
 * The offset `timeZone` keeps for the calendar day that contains `on` there, taken at local noon:
 * DST switches happen at night, so noon carries the offset in force for (most of) that day.
 */
export function dayOffsetMinutes(timeZone: string, on: Date): number {
  const local = zonedDateTime(timeZone, on);
  const noonAsUtc = wallClockAsUtcMs({ ...local, hour: 12, minute: 0, second: 0 });
  const approxNoon = new Date(noonAsUtc - offsetFrom(local, on) * 60_000);
  return zoneOffsetMinutes(timeZone, approxNoon);
}
