import { describe, expect, it } from 'vitest';
import { checkSignedId, createSignedToken, readSignedToken, signId } from './signed-links';

const SECRET = 'a-test-secret-a-test-secret-a-test-secret';
const now = new Date('2026-12-04T12:00:00Z');

describe('signed tokens', () => {
  it('round-trips a payload until it expires', () => {
    const token = createSignedToken(SECRET, 'alerts', 'Анна@example.com', 7, now);
    expect(readSignedToken(SECRET, 'alerts', token, now)).toEqual({ ok: true, payload: 'Анна@example.com' });
    expect(readSignedToken(SECRET, 'alerts', token, new Date(now.getTime() + 6.9 * 86_400_000)).ok).toBe(true);
    expect(readSignedToken(SECRET, 'alerts', token, new Date(now.getTime() + 7.1 * 86_400_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses another purpose, another secret, and any edit', () => {
    const token = createSignedToken(SECRET, 'alerts', 'a@example.com', 7, now);
    expect(readSignedToken(SECRET, 'applications', token, now).ok).toBe(false);
    expect(readSignedToken(`${SECRET}x`, 'alerts', token, now).ok).toBe(false);
    const [payload = '', expiry = '', signature = ''] = token.split('.');
    const forged = `${Buffer.from('b@example.com').toString('base64url')}.${expiry}.${signature}`;
    expect(readSignedToken(SECRET, 'alerts', forged, now)).toEqual({ ok: false, reason: 'invalid' });
    const later = `${payload}.${(parseInt(expiry, 36) + 86_400).toString(36)}.${signature}`;
    expect(readSignedToken(SECRET, 'alerts', later, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never throws on hostile input', () => {
    for (const bad of [undefined, null, 42, [], {}, '', '...', 'a.b.c', '\u0000', 'x'.repeat(10_000), '%E0%A4%A', `a.${'z'.repeat(11)}.${'A'.repeat(43)}`]) {
      expect(readSignedToken(SECRET, 'alerts', bad, now).ok).toBe(false);
    }
  });
});

describe('signed ids', () => {
  it('accepts only the signature made for that id and purpose', () => {
    const id = '8d0f3c8e-4a7e-4c1e-9b7e-2f1a0c3d4e5f';
    const sig = signId(SECRET, 'unsubscribe', id);
    expect(checkSignedId(SECRET, 'unsubscribe', id, sig)).toBe(true);
    expect(checkSignedId(SECRET, 'unsubscribe', id.replace('8', '9'), sig)).toBe(false);
    expect(checkSignedId(SECRET, 'other', id, sig)).toBe(false);
    expect(checkSignedId(SECRET, 'unsubscribe', id, sig.slice(1))).toBe(false);
    expect(checkSignedId(SECRET, 'unsubscribe', id, ['x'])).toBe(false);
  });
});
