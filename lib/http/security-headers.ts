// One place for the response headers that keep pages from being framed, sniffed or scripted by others.
// proxy.ts puts the nonce policy on pages; scripts/server.ts puts the rest on every response.
// docs/decisions/013-security-headers-and-csp.md.

/** The policy for HTML pages: only scripts carrying this request's nonce (and what they load) run. */
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    `default-src 'self'`,
    // 'unsafe-eval' only in development: React's dev tooling needs it; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? ` 'unsafe-eval'` : ''}`,
    // Style attributes (React's style={…}) need 'unsafe-inline'; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
  ].join('; ');
}

/** For everything that is not a page (API answers, files, Auth.js's own HTML): nothing runs, nothing frames it. */
export const RESOURCE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Headers for every response; HSTS only when the site is served over https (SITE_URL). */
export function baseSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/** A fresh nonce per request: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
