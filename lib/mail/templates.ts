import 'server-only';
import { env } from '@/lib/env';
import type { Mail } from './outbox.server';
import { mailTranslator, type MailLocale as Locale } from './translate';

// Templates translate with createTranslator and the catalogs directly (not getTranslations), so they
// work the same inside Next, in Vitest and in the job worker (`npm run jobs`).

/** Absolute link for mail: English pages live under /en. */
export function mailLink(path: string, locale: Locale): string {
  const base = env.SITE_URL.replace(/\/+$/, '');
  return `${base}${locale === 'en' && !path.startsWith('/api/') ? '/en' : ''}${path}`;
}

export async function verifyEmailMail(to: string, name: string, link: string, locale: Locale): Promise<Mail> {
  const t = mailTranslator(locale, 'mail.verifyEmail');
  return { to, kind: 'verify-email', subject: t('subject'), text: t('text', { name, link }) };
}

export async function passwordResetMail(to: string, link: string, locale: Locale): Promise<Mail> {
  const t = mailTranslator(locale, 'mail.passwordReset');
  return { to, kind: 'password-reset', subject: t('subject'), text: t('text', { link }) };
}

export async function accountExistsMail(to: string, locale: Locale): Promise<Mail> {
  const t = mailTranslator(locale, 'mail.accountExists');
  return {
    to,
    kind: 'account-exists',
    subject: t('subject'),
    text: t('text', { signin: mailLink('/signin', locale), reset: mailLink('/forgot-password', locale) }),
  };
}

export async function invitationMail(to: string, inviter: string, company: string, link: string, locale: Locale): Promise<Mail> {
  const t = mailTranslator(locale, 'mail.invitation');
  return { to, kind: 'company-invitation', subject: t('subject', { company }), text: t('text', { inviter, company, link }) };
}

const MAIL_TIME_ZONE = 'Europe/Moscow';

export async function expiryReminderMail(
  to: string,
  name: string,
  vacancy: { id: string; title: string; expiresAt: Date },
  locale: Locale,
): Promise<Mail> {
  const t = mailTranslator(locale, 'mail.expiryReminder');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: MAIL_TIME_ZONE }).format(vacancy.expiresAt);
  const link = mailLink(`/employer/vacancies/${vacancy.id}`, locale);
  return { to, kind: 'expiry-reminder', subject: t('subject', { title: vacancy.title }), text: t('text', { name, title: vacancy.title, date, link }) };
}
