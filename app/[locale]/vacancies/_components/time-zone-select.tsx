'use client';

import { useLocale } from 'next-intl';
import { useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { zoneLabel } from './time-zones';

type Option = { value: string; label: string };

type Props = {
  options: Option[];
  defaultValue: string;
  /** Preselect the browser's zone: the URL names none and has no hours yet. */
  detect: boolean;
} & Omit<ComponentPropsWithoutRef<'select'>, 'defaultValue' | 'children'>;

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
const serverZone = () => null;

/** The `tz` select; without JavaScript it keeps the server's default (Moscow), with it the browser's zone. */
export function TimeZoneSelect({ options, defaultValue, detect, ...rest }: Props) {
  const locale = useLocale();
  const detected = useSyncExternalStore(noSubscribe, browserZone, serverZone);
  const zone = detect && detected ? detected : defaultValue;
  const all = options.some((o) => o.value === zone) ? options : [...options, { value: zone, label: safeLabel(zone, locale) }];

  // Keyed by the zone: a select's defaultValue only applies when it mounts.
  return (
    <select key={zone} defaultValue={zone} {...rest}>
      {all.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function safeLabel(zone: string, locale: string): string {
  try {
    return zoneLabel(zone, locale);
  } catch {
    return zone;
  }
}
