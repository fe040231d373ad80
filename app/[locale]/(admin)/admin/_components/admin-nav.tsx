'use client';

import { Link, usePathname } from '@/i18n/navigation';

type Item = { href: string; label: string; exact?: boolean };

const linkClass =
  'inline-flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-ink-700 hover:text-ink-950 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800';

/** The admin sections; the current one is marked for assistive technology and styled from that. */
export function AdminNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  const current = (item: Item) => pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));
  return (
    <nav aria-label={label} className="-mx-3 overflow-x-auto">
      <ul className="flex gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={linkClass} aria-current={current(item) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
