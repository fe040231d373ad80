import { NavLink } from '@/components/layout/nav-link';
import { getSavedIds } from '@/lib/saved/saved.server';
import { BookmarkIcon } from '@/components/ui/icons';
import { SavedCount } from './saved-count';

/** «Избранное 3» in the header: a link to /saved with the count from the visitor's cookie (icon and count on small screens). */
export async function SavedNavLink({ label, className }: { label: string; className?: string }) {
  const ids = await getSavedIds();
  return (
    <NavLink href="/saved" className={className} data-testid="saved-link">
      <BookmarkIcon className="size-5 shrink-0" />
      <span className="sr-only xl:not-sr-only">{label}</span> <SavedCount initial={ids.length} />
    </NavLink>
  );
}
