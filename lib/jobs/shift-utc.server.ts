import 'server-only';
import { db } from '@/lib/db';
import { slotToUtcMinutes } from '@/lib/shifts/fit';

/**
 * Shift slots keep their UTC minutes for the catalogue's hours filter (lib/shifts/fit.ts). They were
 * right on the day they were saved; when a zone changes its offset (daylight saving), this moves them to
 * today's offset. Idempotent: only rows that differ are written.
 */
export async function refreshShiftUtcMinutes(now = new Date(), only?: string[]): Promise<{ zones: number; slots: number }> {
  const zones = await db.shiftSlot.findMany({
    where: only ? { timeZone: { in: only } } : undefined,
    distinct: ['timeZone'],
    select: { timeZone: true },
  });
  let slots = 0;
  for (const { timeZone } of zones) {
    let offset: number;
    try {
      // Local midnight in UTC minutes gives the zone's offset today (east of UTC: a negative start).
      offset = (1440 - slotToUtcMinutes({ start: 0, end: 60, timeZone }, now).start) % 1440;
    } catch {
      continue; // a zone the runtime no longer knows keeps its last good minutes
    }
    slots += await db.$executeRaw`
      UPDATE "shift_slots" SET
        "utcStartMinute" = (("startMinute" - ${offset}::int) % 1440 + 1440) % 1440,
        "utcEndMinute" = (("endMinute" - ${offset}::int) % 1440 + 1440) % 1440
      WHERE "timeZone" = ${timeZone}
        AND ("utcStartMinute" <> (("startMinute" - ${offset}::int) % 1440 + 1440) % 1440
          OR "utcEndMinute" <> (("endMinute" - ${offset}::int) % 1440 + 1440) % 1440)`;
  }
  return { zones: zones.length, slots };
}
