// The query string of the page request, for server components that are not given searchParams (the
// language switch in the layout). proxy.ts sets the header on every page request, replacing any sent.

export const REQUEST_SEARCH_HEADER = 'x-request-search';

const MAX_LENGTH = 2000;

/**
 * `?a=1&b=2` re-encoded from a header value, or '' for none or anything unexpected: only a query of
 * this site's own URL, so it can follow a path in a same-site link.
 */
export function safeRequestSearch(value: string | null | undefined): string {
  if (!value || !value.startsWith('?') || value.length > MAX_LENGTH) return '';
  const search = new URLSearchParams(value.slice(1)).toString();
  return search ? `?${search}` : '';
}
