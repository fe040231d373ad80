'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { usePathname } from '@/i18n/navigation';

type Props = { summary: ReactNode; summaryClassName: string; className?: string; panelClassName: string; testId?: string; children: ReactNode };

/**
 * A `<details>` disclosure of the header (the phone menu, the account menu), so it opens without JavaScript.
 * With JavaScript it also closes after a client-side navigation and on Escape (focus back on its button).
 */
export function HeaderDisclosure({ summary, summaryClassName, className, panelClassName, testId, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  // Close after a navigation, not when the page first hydrates: a menu tapped open while the scripts were
  // still loading must stay open.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    }
    details.addEventListener('keydown', onKeyDown);
    return () => details.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <details ref={ref} className={className} data-testid={testId}>
      <summary className={summaryClassName}>{summary}</summary>
      <div className={panelClassName}>{children}</div>
    </details>
  );
}
