import { describe, expect, it } from 'vitest';
import { clientAddressFrom, CLIENT_ADDRESS_HEADER, normalizeAddress, resolveClientAddress } from './client-address';

describe('resolveClientAddress', () => {
  it('with no trusted proxy, takes the connection and ignores a forged header', () => {
    expect(resolveClientAddress({ remoteAddress: '203.0.113.7', forwardedFor: '1.1.1.1, 2.2.2.2', trustedHops: 0 })).toBe('203.0.113.7');
    expect(resolveClientAddress({ remoteAddress: '::ffff:127.0.0.1', forwardedFor: undefined, trustedHops: 0 })).toBe('127.0.0.1');
  });

  it('counts trusted hops from the right, so a client cannot prepend its own entries', () => {
    // client forged "1.1.1.1"; our proxy (10.0.0.2) appended the real peer 198.51.100.4
    const forwardedFor = '1.1.1.1, 198.51.100.4';
    expect(resolveClientAddress({ remoteAddress: '10.0.0.2', forwardedFor, trustedHops: 1 })).toBe('198.51.100.4');
    expect(resolveClientAddress({ remoteAddress: '10.0.0.2', forwardedFor: ['1.1.1.1', '198.51.100.4, 10.0.0.1'], trustedHops: 2 })).toBe('198.51.100.4');
  });

  it('takes the leftmost address when the chain is shorter than the trusted hops', () => {
    expect(resolveClientAddress({ remoteAddress: '10.0.0.2', forwardedFor: undefined, trustedHops: 2 })).toBe('10.0.0.2');
  });

  it('refuses what is not an address', () => {
    expect(resolveClientAddress({ remoteAddress: '10.0.0.2', forwardedFor: 'evil, <script>', trustedHops: 1 })).toBe('unknown');
    expect(resolveClientAddress({ remoteAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe('unknown');
  });
});

describe('normalizeAddress', () => {
  it('accepts IPv4, IPv6 and bracketed IPv6, and nothing else', () => {
    expect(normalizeAddress(' 192.0.2.1 ')).toBe('192.0.2.1');
    expect(normalizeAddress('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress('192.0.2.1\u0000')).toBeNull();
    expect(normalizeAddress('example.com')).toBeNull();
  });
});

describe('clientAddressFrom', () => {
  it('reads only the header our server stamps', () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: '192.0.2.9' }))).toBe('192.0.2.9');
    expect(clientAddressFrom(new Headers({ 'x-forwarded-for': '192.0.2.9' }))).toBe('unknown');
  });
});
