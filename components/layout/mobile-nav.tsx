'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { CloseIcon, MenuIcon } from '@/components/ui/icons';
import { usePathname } from '@/i18n/navigation';

type Props = { summaryLabel: string; children: ReactNode };

/**
 * A `<details>` disclosure, so the menu opens without JavaScript. With JavaScript it also closes
 * after a client-side navigation and on Escape.
 */
export function MobileNav({ summaryLabel, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
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
    <details ref={ref} className="group md:hidden">
      <summary className="inline-flex min-h-10 min-w-10 list-none items-center justify-center gap-2 rounded-control border border-line-strong bg-surface px-3 text-sm font-semibold text-ink-900 shadow-sm hover:bg-sand-100">
        <MenuIcon className="size-5 group-open:hidden" />
        <CloseIcon className="hidden size-5 group-open:block" />
        <span className="sr-only min-[400px]:not-sr-only">{summaryLabel}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-canvas shadow-raised">
        {children}
      </div>
    </details>
  );
}
