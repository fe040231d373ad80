'use client';

import { Link, usePathname } from '@/i18n/navigation';

export type WorkspaceNavItem = {
  href: string;
  label: string;
  /** Only the path itself is this section (an overview), not the paths under it. */
  exact?: boolean;
  /** A count shown beside the label (new applications), with the words a screen reader says for it. */
  badge?: { count: number; label: string };
  testId?: string;
};

const linkClass =
  'inline-flex min-h-10 items-center gap-2 whitespace-nowrap rounded-control px-3 text-sm font-medium text-ink-700 transition-colors hover:bg-sand-100 hover:text-ink-950 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 aria-[current=page]:font-semibold';

/** The sections of a workspace (employer or admin): the current one is marked for assistive technology and styled from that. */
export function WorkspaceNav({ label, items }: { label: string; items: readonly WorkspaceNavItem[] }) {
  const pathname = usePathname();
  const current = (item: WorkspaceNavItem) => pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));
  return (
    <nav aria-label={label} className="-mx-3">
      <ul className="flex flex-wrap gap-x-1 gap-y-0.5 py-1.5">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={linkClass} aria-current={current(item) ? 'page' : undefined} data-testid={item.testId}>
              {item.label}
              {item.badge && item.badge.count > 0 && (
                <span className="inline-flex min-w-5 items-center justify-center rounded-full bg-accent-700 px-1.5 text-xs font-bold text-white" data-testid="new-applications-count">
                  <span aria-hidden="true">{item.badge.count}</span>
                  <span className="sr-only">{item.badge.label}</span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
