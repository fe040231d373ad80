'use client';

import { useTranslations } from 'next-intl';
import { convertSlot, formatTime, isValidTimeZone, parseTime } from '@/lib/shifts/fit';

/** Where most of our candidates live; the preview shows a slot in these zones. */
const PREVIEW_ZONES = { 'Europe/Moscow': 'Europe_Moscow', 'Asia/Yekaterinburg': 'Asia_Yekaterinburg', 'Asia/Almaty': 'Asia_Almaty' } as const;
type PreviewZone = keyof typeof PREVIEW_ZONES;
const isPreviewZone = (zone: string): zone is PreviewZone => zone in PREVIEW_ZONES;

type Props = { id: string; start: string; end: string; timeZone: string; zoneName: string };

/** «21:00–09:00 по Москве — это 23:00–11:00 в Екатеринбурге…», updated as the employer types. */
export function SlotPreview({ id, start, end, timeZone, zoneName }: Props) {
  const t = useTranslations('editor.slotPreview');
  const from = parseTime(start);
  const to = parseTime(end);
  const ready = from !== null && to !== null && isValidTimeZone(timeZone);

  const phrase = (zone: string) =>
    isPreviewZone(zone) ? t(`zone.${PREVIEW_ZONES[zone]}`) : t('zone.other', { name: zoneName });

  let text = t('incomplete');
  if (ready) {
    const on = new Date();
    const others = (Object.keys(PREVIEW_ZONES) as PreviewZone[])
      .filter((zone) => zone !== timeZone)
      .map((zone) => {
        const range = convertSlot({ start: from, end: to, timeZone }, zone, on);
        return t('other', { start: formatTime(range.start), end: formatTime(range.end), zone: phrase(zone) });
      });
    text = t('line', { start, end, zone: phrase(timeZone), others: others.join(', ') });
    if (to <= from) text += ` (${t('crossesMidnight')})`;
  }

  return (
    <p id={id} className="text-sm text-ink-700" aria-live="polite" data-testid="slot-preview">
      {text}
    </p>
  );
}
