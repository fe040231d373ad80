'use client';

import { useEffect, useRef } from 'react';

/**
 * Tells the server once when a candidate starts the on-site application (the first thing typed or chosen in the
 * form beside it): that is the form's apply click (decision 025). Without JavaScript nothing is sent and the
 * application, when it arrives, counts as its own click.
 */
export function ApplyStart({ vacancyId }: { vacancyId: string }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const area = marker.current?.parentElement;
    if (!area) return;
    const url = `/api/vacancies/${vacancyId}/apply/start`;
    const start = (event: Event) => {
      const field = event.target;
      // The off-screen trap for bots is not a start.
      if (!(field instanceof HTMLElement) || !field.closest('form') || field.getAttribute('name') === 'website') return;
      stop();
      if (!navigator.sendBeacon?.(url)) fetch(url, { method: 'POST', keepalive: true }).catch(() => {});
    };
    const stop = () => {
      area.removeEventListener('input', start);
      area.removeEventListener('change', start);
    };
    area.addEventListener('input', start);
    area.addEventListener('change', start);
    return stop;
  }, [vacancyId]);
  return <span ref={marker} hidden />;
}
