import 'server-only';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import type { Mail } from './outbox-actions';

type Locale = 'ru' | 'en';

/** Absolute link for mail: English pages live under /en. */
export function mailLink(path: string, locale: Locale): string {
  const base = env.SITE_URL.replace(/\/+$/, '');
  return `${base}${locale === 'en' && !path.startsWith('/api/') ? '/en' : ''}${path}`;
}

export async function verifyEmailMail(to: string, name: string, link: string, locale: Locale): Promise<Mail> {
  const t = await getTranslations({ locale, namespace: 'mail.verifyEmail' });
  return { to, kind: 'verify-email', subject: t('subject'), text: t('text', { name, link }) };
}

export async function passwordResetMail(to: string, link: string, locale: Locale): Promise<Mail> {
  const t = await getTranslations({ locale, namespace: 'mail.passwordReset' });
  return { to, kind: 'password-reset', subject: t('subject'), text: t('text', { link }) };
}

export async function accountExistsMail(to: string, locale: Locale): Promise<Mail> {
  const t = await getTranslations({ locale, namespace: 'mail.accountExists' });
  return {
    to,
    kind: 'account-exists',
    subject: t('subject'),
    text: t('text', { signin: mailLink('/signin', locale), reset: mailLink('/forgot-password', locale) }),
  };
}

export async function invitationMail(to: string, inviter: string, company: string, link: string, locale: Locale): Promise<Mail> {
  const t = await getTranslations({ locale, namespace: 'mail.invitation' });
  return { to, kind: 'company-invitation', subject: t('subject', { company }), text: t('text', { inviter, company, link }) };
}
