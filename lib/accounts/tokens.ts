import { createHash, randomBytes } from 'node:crypto';

/** A random single-use token for links in mail; only its hash is stored. */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A salted hash standing in for a visitor (address, browser, day…): enough to count or rate-limit them,
 * and it cannot be turned back into an address by hashing every IPv4. `purpose` keeps uses apart.
 */
export function visitorHash(secret: string | undefined, purpose: string, ...parts: (string | null)[]): string {
  return createHash('sha256').update([secret ?? 'chatshift', purpose, ...parts].join('|')).digest('hex');
}
