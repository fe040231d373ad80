import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

// Links in mail that open a page without a password: the payload and its expiry, signed with the
// app's secret (HMAC-SHA256). Nothing is stored; changing AUTH_SECRET voids every link.

const DAY_MS = 86_400_000;

/** The secret that signs links; development without AUTH_SECRET gets a fixed one. */
export const linkSecret = (): string => env.AUTH_SECRET ?? 'chatshift-development-link-secret';

function sign(secret: string, purpose: string, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest('base64url');
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `<payload>.<expiry>.<signature>`, the payload base64url-encoded: safe in a path or a query. */
export function createSignedToken(secret: string, purpose: string, payload: string, validDays: number, now = new Date()): string {
  const body = `${Buffer.from(payload, 'utf8').toString('base64url')}.${Math.floor((now.getTime() + validDays * DAY_MS) / 1000).toString(36)}`;
  return `${body}.${sign(secret, purpose, body)}`;
}

export type SignedTokenCheck = { ok: true; payload: string } | { ok: false; reason: 'invalid' | 'expired' };

/** The payload of a token made by createSignedToken for the same purpose; never throws. */
export function readSignedToken(secret: string, purpose: string, token: unknown, now = new Date()): SignedTokenCheck {
  if (typeof token !== 'string' || token.length > 600) return { ok: false, reason: 'invalid' };
  const match = /^([A-Za-z0-9_-]{1,400})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, payload = '', expiry = '', signature = ''] = match;
  if (!equal(signature, sign(secret, purpose, `${payload}.${expiry}`))) return { ok: false, reason: 'invalid' };
  if (parseInt(expiry, 36) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, payload: Buffer.from(payload, 'base64url').toString('utf8') };
}

/** A signature that never expires, for one-click unsubscribe links (RFC 8058 wants them to keep working). */
export function signId(secret: string, purpose: string, id: string): string {
  return sign(secret, purpose, id);
}

export function checkSignedId(secret: string, purpose: string, id: unknown, signature: unknown): boolean {
  return typeof id === 'string' && typeof signature === 'string' && id.length <= 100 && equal(signature, sign(secret, purpose, id));
}
