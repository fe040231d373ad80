// Time-zone names for people («Москва», "Moscow Time (GMT+3)"). Building an Intl.DateTimeFormat with a zone
// costs ~0.2 ms, and the catalogue names ~70 zones per page (its zone list, every card's shifts): one
// formatter per zone, locale and style, kept (bounded: zones may come from a URL).

export type ZoneNameStyle = 'shortGeneric' | 'shortOffset';

const CACHE_LIMIT = 1024;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string, locale: string, style: ZoneNameStyle): Intl.DateTimeFormat | null {
  const key = `${timeZone}|${locale}|${style}`;
  const cached = formatters.get(key);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
  } catch {
    formatter = null;
  }
  if (formatters.size >= CACHE_LIMIT) formatters.clear();
  formatters.set(key, formatter);
  return formatter;
}

/** The zone's name in `locale` on a given day (summer time changes it); the zone id when Intl does not know it. */
export function zoneNamePart(timeZone: string, locale: string, style: ZoneNameStyle = 'shortGeneric', on = new Date()): string {
  const formatter = formatterFor(timeZone, locale, style);
  return formatter?.formatToParts(on).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
