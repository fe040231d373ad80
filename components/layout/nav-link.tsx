'use client';

import type { ComponentPropsWithoutRef } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

type NavLinkProps = Omit<ComponentPropsWithoutRef<typeof Link>, 'href'> & { href: string };

/** A navigation link that marks itself `aria-current="page"` on its section (styled via `aria-[current=page]:`). */
export function NavLink({ href, ...rest }: NavLinkProps) {
  const pathname = usePathname();
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={isCurrent ? 'page' : undefined} {...rest} />;
}
