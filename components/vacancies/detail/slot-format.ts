import { formatTime, isValidTimeZone, slotDurationMinutes, zoneOffsetMinutes, type MinuteRange } from '@/lib/shifts/fit';

/** Words the slot formatters need, in the page's language (client components get them as props). */
export type SlotLabels = { nextDay: string; fullDay: string };

/** "21:00 – 09:00 следующего дня", "09:00 – 18:00", or "round the clock" for a 24-hour slot. */
export function formatSlotRange(range: MinuteRange, labels: SlotLabels): string {
  if (range.start === range.end) return labels.fullDay;
  // No-break spaces keep the range on one line in narrow table cells.
  const text = `${formatTime(range.start)}\u00a0–\u00a0${formatTime(range.end)}`;
  return range.end < range.start ? `${text} ${labels.nextDay}` : text;
}

/** Length in hours, e.g. 12 or 7.5. */
export function slotHours(range: MinuteRange): number {
  return Math.round((slotDurationMinutes(range) / 60) * 10) / 10;
}

/** "UTC+3", "UTC+5:30", "UTC−5" on the date `on`. */
export function utcOffsetLabel(timeZone: string, on: Date): string {
  const offset = zoneOffsetMinutes(timeZone, on);
  const sign = offset < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return offset === 0 ? 'UTC' : `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** "Europe/Moscow (UTC+3)"; an unknown zone is shown as it is stored. */
export function zoneLabel(timeZone: string, on: Date): string {
  return isValidTimeZone(timeZone) ? `${timeZone.replace(/_/g, ' ')} (${utcOffsetLabel(timeZone, on)})` : timeZone;
}
