import { zoneNamePart as zonePart } from '@/lib/shifts/zone-names';
import { DEFAULT_TIME_ZONE } from '@/lib/vacancies/catalogue-query';

/** Zones offered in the "fits my hours" filter: the market's, west to east. Others come from the URL or the browser. */
export const TIME_ZONES = [
  'Europe/London', 'Europe/Berlin', 'Europe/Kaliningrad', 'Europe/Kyiv', DEFAULT_TIME_ZONE, 'Europe/Minsk',
  'Europe/Istanbul', 'Asia/Tbilisi', 'Asia/Yerevan', 'Asia/Baku', 'Europe/Samara', 'Asia/Dubai',
  'Asia/Yekaterinburg', 'Asia/Tashkent', 'Asia/Almaty', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk',
  'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka',
] as const;

/** «Москва (GMT+3)», "Moscow Time (GMT+3)". */
export function zoneLabel(timeZone: string, locale: string, on = new Date()): string {
  return `${zonePart(timeZone, locale, 'shortGeneric', on)} (${zonePart(timeZone, locale, 'shortOffset', on)})`;
}

/** «Москва», "Moscow Time": the short name used inside sentences. */
export function zoneName(timeZone: string, locale: string, on = new Date()): string {
  return zonePart(timeZone, locale, 'shortGeneric', on);
}
