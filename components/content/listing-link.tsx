import type { ReactNode } from 'react';
import { ArrowRightIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import { listingHref, type ListingQuery } from './listing-href';

/** A pill link into a filtered `/vacancies` listing: a plain URL that works without JavaScript. */
export function ListingLink({ query, children }: { query?: ListingQuery; children: ReactNode }) {
  return (
    <Link
      href={listingHref(query)}
      className="inline-flex min-h-10 items-center gap-2 rounded-full border border-brand-200 bg-brand-50 px-4 py-2 text-sm font-semibold text-brand-800 transition-colors hover:border-brand-300 hover:bg-brand-100 hover:text-brand-900"
    >
      {children}
      <ArrowRightIcon className="size-4 shrink-0" />
    </Link>
  );
}

/** A row of listing links under a paragraph. */
export function ListingLinks({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex flex-wrap gap-2">{children}</div>;
}
