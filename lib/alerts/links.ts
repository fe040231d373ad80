import 'server-only';
import { MANAGE_PURPOSE, UNSUBSCRIBE_PURPOSE } from './mail';
import { MANAGE_LINK_DAYS } from './schemas';
import { checkSignedId, createSignedToken, linkSecret, readSignedToken } from '@/lib/mail/signed-links';

/** The address a "my alerts" link was made for, or null when it is broken or expired. */
export function readManageToken(token: unknown, now = new Date()): string | null {
  const check = readSignedToken(linkSecret(), MANAGE_PURPOSE, token, now);
  return check.ok ? check.payload : null;
}

export function manageTokenState(token: unknown, now = new Date()): 'ok' | 'expired' | 'invalid' {
  const check = readSignedToken(linkSecret(), MANAGE_PURPOSE, token, now);
  return check.ok ? 'ok' : check.reason;
}

/** The alert id of a signed unsubscribe link, or null. */
export function readUnsubscribeLink(alert: unknown, sig: unknown): string | null {
  return checkSignedId(linkSecret(), UNSUBSCRIBE_PURPOSE, alert, sig) ? (alert as string) : null;
}

export function createManageToken(email: string, now = new Date()): string {
  return createSignedToken(linkSecret(), MANAGE_PURPOSE, email, MANAGE_LINK_DAYS, now);
}
