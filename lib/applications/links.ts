import 'server-only';
import { mailLink } from '@/lib/mail/templates';
import { createSignedToken, linkSecret, readSignedToken } from '@/lib/mail/signed-links';

// "My applications" is reached by a link signed for the candidate's address: from the confirmation mail,
// or mailed again on request from /applications. No password, no stored token.

const PURPOSE = 'my-applications';
export const APPLICATIONS_LINK_DAYS = 30;

export function createApplicationsToken(email: string, now = new Date()): string {
  return createSignedToken(linkSecret(), PURPOSE, email, APPLICATIONS_LINK_DAYS, now);
}

export function applicationsLink(email: string, locale: 'ru' | 'en', now = new Date()): string {
  return mailLink(`/applications?token=${createApplicationsToken(email, now)}`, locale);
}

/** The address a link was made for, or why not. */
export function readApplicationsToken(token: unknown, now = new Date()): { ok: true; email: string } | { ok: false; reason: 'invalid' | 'expired' } {
  const check = readSignedToken(linkSecret(), PURPOSE, token, now);
  return check.ok ? { ok: true, email: check.payload } : check;
}
