import { isIP } from 'node:net';

/**
 * Set by our HTTP server (scripts/server.ts) on every request, after removing whatever the client sent
 * under that name: the only source of "who is calling" for limits and counters.
 */
export const CLIENT_ADDRESS_HEADER = 'x-chatshift-client-address';

/** Test-only seam: honoured by scripts/server.ts only when TEST_CLIENT_ADDRESS_HEADER=1 (the e2e server). */
export const TEST_CLIENT_ADDRESS_HEADER = 'x-test-client-address';

export const UNKNOWN_ADDRESS = 'unknown';

/** A bare IP address in canonical-enough form, or null ("::ffff:1.2.3.4" is the IPv4 address). */
export function normalizeAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'));
  if (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address from the connection and the `X-Forwarded-For` chain: each trusted proxy appends
 * the address it received the request from, so with N trusted hops the client is the N-th address from
 * the right (0 = the connection itself; anything the client wrote into the header is ignored).
 */
export function resolveClientAddress(input: { remoteAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const forwarded = [input.forwardedFor ?? []].flat().join(',');
  const chain = [...forwarded.split(',').map((s) => s.trim()).filter(Boolean), input.remoteAddress ?? ''];
  const index = chain.length - 1 - input.trustedHops;
  // Fewer entries than trusted hops: the request skipped a proxy; take the leftmost address we have.
  return normalizeAddress(chain[Math.max(0, index)]) ?? UNKNOWN_ADDRESS;
}

/** The caller's address as our server stamped it on the request. */
export function clientAddressFrom(headers: Pick<Headers, 'get'>): string {
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
}
