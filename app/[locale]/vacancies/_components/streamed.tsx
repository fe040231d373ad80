import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';

/**
 * Whether this render answers the client router's fetch (after a filter change or a link) rather than
 * a request for the HTML document. Next hides its own RSC headers from pages, so this reads the
 * browser's Fetch Metadata: `navigate` is a document; no header at all (bots, old clients) counts as one.
 */
export async function isClientNavigation(): Promise<boolean> {
  const mode = (await headers()).get('sec-fetch-mode');
  return mode !== null && mode !== 'navigate';
}

type Props = {
  /** Stream behind `fallback`: only on client navigations (see below). */
  enabled: boolean;
  /** The filter state: a new state mounts a new boundary, so its fallback shows again. */
  stateKey: string;
  fallback: ReactNode;
  children: ReactNode;
};

/**
 * next-learn's `<Suspense key={query + page}>`, for client navigations only. A document request gets
 * complete HTML instead: without JavaScript a streamed boundary is never swapped in, and the catalogue
 * must work without it.
 */
export function Streamed({ enabled, stateKey, fallback, children }: Props) {
  if (!enabled) return children;
  return (
    <Suspense key={stateKey} fallback={fallback}>
      {children}
    </Suspense>
  );
}
