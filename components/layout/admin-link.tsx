'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { NavLink } from './nav-link';

// The desktop and the mobile header each render a link: one request serves both.
let pending: Promise<boolean> | null = null;

function fetchIsAdmin(): Promise<boolean> {
  pending ??= fetch('/api/auth/session', { credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<{ user?: { role?: string } } | null>) : null))
    .then((session) => session?.user?.role === 'admin')
    .catch(() => false)
    .finally(() => setTimeout(() => (pending = null), 0));
  return pending;
}

/**
 * A link to the admin area, shown to admins only. The header is part of statically rendered pages,
 * so the role is asked from the session endpoint in the browser instead of reading cookies on the
 * server; the admin pages check the role themselves anyway.
 */
export function AdminLink({ label, className, children, listItem = false }: { label: string; className: string; children?: ReactNode; listItem?: boolean }) {
  const [isAdmin, setIsAdmin] = useState(false);
  useEffect(() => {
    let live = true;
    fetchIsAdmin().then((admin) => live && setIsAdmin(admin));
    return () => {
      live = false;
    };
  }, []);
  if (!isAdmin) return null;
  const link = (
    <NavLink href="/admin" className={className} data-testid="admin-link">
      {label}
      {children}
    </NavLink>
  );
  return listItem ? <li>{link}</li> : link;
}
