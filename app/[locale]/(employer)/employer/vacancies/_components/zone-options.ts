import 'server-only';
import { TIME_ZONES, zoneLabel, zoneName } from '@/app/[locale]/vacancies/_components/time-zones';
import type { ZoneOption } from './editor-values';

/** The slot rows' zone list, named on the server so the browser hydrates the same text. */
export function getZoneOptions(locale: string, extra: readonly string[] = []): ZoneOption[] {
  const zones: string[] = [...TIME_ZONES];
  for (const zone of extra) if (zone && !zones.includes(zone)) zones.push(zone);
  return zones.map((value) => ({ value, label: zoneLabel(value, locale), name: zoneName(value, locale) }));
}
