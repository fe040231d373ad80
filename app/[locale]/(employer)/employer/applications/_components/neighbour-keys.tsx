'use client';

import { useEffect } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * j and k follow the next and previous links (as in mail clients), unless a field, a menu or a modifier is
 * in play. The hint is shown only where the keys work, that is with JavaScript.
 */
export function NeighbourKeys({ hint }: { hint: string }) {
  const hydrated = useHydrated();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], summary, details[open]')) return;
      const which = event.key === 'j' ? 'next' : event.key === 'k' ? 'previous' : null;
      const link = which && document.querySelector<HTMLAnchorElement>(`[data-neighbour="${which}"]`);
      if (!link) return;
      event.preventDefault();
      link.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return hydrated ? <span className="basis-full text-xs text-ink-500 sm:basis-auto sm:pl-2">{hint}</span> : null;
}
