'use client';

import type { KeyboardEvent, ReactNode } from 'react';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * A roving focus over the chart's day columns: one Tab stop (the latest day), the arrow keys, Home and End move
 * between days. Each column shows its values while focused, so this is all the script the chart needs.
 */
export function ChartKeys({ children }: { children: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (!move) return;
    const days = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-day]')];
    const current = days.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    const next = days[Math.max(0, Math.min(days.length - 1, move(current, days.length - 1)))];
    if (!next) return;
    event.preventDefault();
    for (const day of days) day.tabIndex = day === next ? 0 : -1;
    next.focus();
  };
  // The keys act on the focused column inside; the wrapper itself is never focused.
  return <div onKeyDown={onKeyDown}>{children}</div>;
}
