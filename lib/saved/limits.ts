// Shared by the cookie's server code and the header's count in the browser; no dependencies, so the
// browser does not load the cookie's validation with it.

/** 100 ids fill about 3.7 kB, under the 4 kB a browser keeps per cookie. */
export const SAVED_LIMIT = 100;
