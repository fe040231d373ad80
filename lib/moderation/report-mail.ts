import 'server-only';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { mailTranslator, type MailLocale } from '@/lib/mail/translate';

// Moderation decisions that reach employers by mail. Built with createTranslator rather than
// getTranslations: they are written after an admin's transaction, in each recipient's own language.

const translator = (locale: MailLocale) => mailTranslator(locale, 'reports.mail');

export function vacancyRemovedMail(to: string, locale: MailLocale, v: { id: string; title: string; reason: string }): Mail {
  const t = translator(locale);
  return {
    to,
    kind: 'vacancy-removed',
    subject: t('vacancyRemoved.subject', { title: v.title }),
    text: t('vacancyRemoved.text', { title: v.title, reason: v.reason, link: mailLink(`/employer/vacancies/${v.id}`, locale) }),
  };
}

export function companyWarnedMail(to: string, locale: MailLocale, c: { name: string; reason: string }): Mail {
  const t = translator(locale);
  return {
    to,
    kind: 'company-warned',
    subject: t('companyWarned.subject', { company: c.name }),
    text: t('companyWarned.text', { company: c.name, reason: c.reason, link: mailLink('/employer', locale) }),
  };
}

export function companyBlockedMail(to: string, locale: MailLocale, c: { name: string; reason: string }): Mail {
  const t = translator(locale);
  return {
    to,
    kind: 'company-blocked',
    subject: t('companyBlocked.subject', { company: c.name }),
    text: t('companyBlocked.text', { company: c.name, reason: c.reason }),
  };
}
