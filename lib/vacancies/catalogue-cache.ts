import 'server-only';
import { LRUCache } from 'lru-cache';
import { readPinned } from '@/lib/db-read';
import { catalogueEpoch } from './catalogue-epoch-queries';

// Results of public catalogue reads (the catalogue's result sets, the home page's lists), kept in each
// process and never served stale (docs/decisions/023-catalogue-cache.md). A result is filed under the
// catalogue's *epoch*: the version that triggers bump in the same transaction as any change a visitor could
// see (prisma/migrations/20261205093000_catalogue_version), and the moment the next open vacancy expires
// by the clock. Every read asks the database for the epoch first (one indexed row, ~0.3 ms), so a change
// made by any process, server or job shows on the next request, and nothing has to remember to invalidate.

/** Enough for the popular queries' first pages; a result is a few kB to ~40 kB (20 cards + facets). */
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 64 * 1024 * 1024;

type Store = { results: LRUCache<string, { value: unknown }>; pending: Map<string, Promise<unknown>>; hits: number; misses: number };
const store = globalThis as unknown as { chatshiftCatalogueCache?: Store };
const cache: Store = (store.chatshiftCatalogueCache ??= {
  results: new LRUCache({
    max: MAX_ENTRIES,
    maxSize: MAX_BYTES,
    // Results are plain data; their JSON length is a fair measure of what they hold.
    sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.value)?.length ?? 1),
  }),
  pending: new Map(),
  hits: 0,
  misses: 0,
});

/**
 * `compute()`, or its result for the same `name` and `key` in the same epoch. `key` must hold everything
 * the result depends on besides the catalogue's data (filters, locale, the hours window for this date).
 * Concurrent misses for one key share one computation. Errors are not kept, nor results `keep` refuses:
 * those that depend on rows whose changes do not move the epoch (a closed vacancy's page).
 */
export function cachedCatalogueRead<T>(
  name: string,
  key: unknown,
  now: Date,
  compute: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
): Promise<T> {
  // The epoch and the data from one server (decision 022): a replica only moves forward, so what is
  // filed under an epoch is never older than it.
  return readPinned(async () => {
    const id = `${name}|${await catalogueEpoch(now)}|${JSON.stringify(key)}`;
    const found = cache.results.get(id);
    if (found) {
      cache.hits++;
      return found.value as T;
    }
    const running = cache.pending.get(id);
    if (running) return running as Promise<T>;
    cache.misses++;
    const task = compute()
      .then((value) => {
        if (keep(value)) cache.results.set(id, { value });
        return value;
      })
      .finally(() => cache.pending.delete(id));
    cache.pending.set(id, task);
    return task;
  });
}

/** Hits and misses since the process started, and entries held (tests). */
export function catalogueCacheStats(): { hits: number; misses: number; entries: number } {
  return { hits: cache.hits, misses: cache.misses, entries: cache.results.size };
}
