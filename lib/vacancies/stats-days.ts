// Stats are kept per calendar day of the site's time zone (Moscow), the zone every page shows dates in:
// a view at 01:30 Moscow time on 3 December belongs to 3 December, not to 2 December as a UTC day would say.
// A day is its ISO date, 'YYYY-MM-DD'; PostgreSQL stores it as a `date`.

/** The site's zone (i18n/request.ts TIME_ZONE; a unit test keeps them equal). Kept here so the seed can use it. */
export const STATS_TIME_ZONE = 'Europe/Moscow';
const DAY_MS = 86_400_000;
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: STATS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The site's calendar day of an instant. */
export function statsDay(at: Date): string {
  return isoDay.format(at);
}

/** The day `n` days after (before, for a negative `n`) `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The `date` column value of a day (Prisma maps `@db.Date` to a UTC midnight). */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Every day from `first` to `last`, both included, oldest first. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}
