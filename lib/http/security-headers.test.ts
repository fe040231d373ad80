import { describe, expect, it } from 'vitest';
import { baseSecurityHeaders, createNonce, pageContentSecurityPolicy } from './security-headers';

describe('security headers', () => {
  it('send HSTS only when the site is served over https', () => {
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('let only nonce-carrying scripts run in production, never inline or eval', () => {
    const policy = pageContentSecurityPolicy('abc123', { dev: false });
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(d);
    expect(pageContentSecurityPolicy('x', { dev: true })).toContain("'unsafe-eval'");
  });

  it('make a different 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});
