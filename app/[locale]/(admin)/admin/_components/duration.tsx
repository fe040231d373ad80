import { getTranslations } from 'next-intl/server';

/** The largest two units of a span of time, for humans: "3 ч 20 мин", "2 дн 4 ч". */
type Parts = { key: 'days' | 'hours' | 'minutes' | 'lessThanMinute'; values: Record<string, number> };

export function durationParts(seconds: number): Parts {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return { key: 'days', values: { d, h } };
  if (h > 0) return { key: 'hours', values: { h, m } };
  if (m > 0) return { key: 'minutes', values: { m } };
  return { key: 'lessThanMinute', values: {} };
}

export async function Duration({ seconds }: { seconds: number }) {
  const t = await getTranslations('moderation.duration');
  const { key, values } = durationParts(seconds);
  return <>{t(key, values)}</>;
}

/** Time since `from`, in seconds. */
export const secondsSince = (from: Date, now: Date) => (now.getTime() - from.getTime()) / 1000;
