// Limits the catalogue's parser (search-params.ts) and the browser's search field share; no dependencies,
// so the search field does not load the parser's validation with it.

/** Characters of the text query kept; the rest is reported as ignored. */
export const MAX_QUERY_LENGTH = 200;
