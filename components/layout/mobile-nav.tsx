import type { ReactNode } from 'react';
import { CloseIcon, MenuIcon } from '@/components/ui/icons';
import { HeaderDisclosure } from './header-disclosure';

/** The phone menu: the header's disclosure with a menu button, below the md breakpoint only. */
export function MobileNav({ summaryLabel, children }: { summaryLabel: string; children: ReactNode }) {
  return (
    <HeaderDisclosure
      className="group md:hidden"
      summaryClassName="inline-flex min-h-10 min-w-10 list-none items-center justify-center gap-2 rounded-control border border-line-strong bg-surface px-3 text-sm font-semibold text-ink-900 shadow-sm hover:bg-sand-100"
      panelClassName="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-canvas shadow-raised"
      summary={
        <>
          <MenuIcon className="size-5 group-open:hidden" />
          <CloseIcon className="hidden size-5 group-open:block" />
          <span className="sr-only min-[400px]:not-sr-only">{summaryLabel}</span>
        </>
      }
    >
      {children}
    </HeaderDisclosure>
  );
}
