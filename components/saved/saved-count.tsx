'use client';

import { useSavedCount } from './saved-count-store';

/** The number of saved vacancies next to the header's link; nothing while there are none. */
export function SavedCount({ initial }: { initial: number }) {
  const count = useSavedCount(initial);
  if (count === 0) return null;
  return (
    // On small screens it sits on the icon's corner, so the header stays as narrow as without it.
    <span
      data-testid="saved-count"
      className="absolute -top-0.5 -right-0.5 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums md:static"
    >
      {count}
    </span>
  );
}
