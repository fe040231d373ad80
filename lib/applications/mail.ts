import 'server-only';
import { mailLink } from '@/lib/mail/templates';
import { applicationsLink } from './links';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailTranslator as translator, type MailLocale } from '@/lib/mail/translate';

// Mail about applications. Translated without a request (createTranslator, not getTranslations), because the
// digest runs from a scheduled job and the core functions run in tests.


type Confirmation = {
  to: string; name: string; title: string; company: string; slug: string; withdrawToken: string; locale: MailLocale;
  /** The attached CV's name, when there is one. */
  cvFileName?: string | null;
};

/** To the candidate, in the language of the page they applied on, with a single-use withdraw link. */
export function confirmationMail(m: Confirmation): Mail {
  const t = translator(m.locale, 'apply.mail.confirmation');
  const values = {
    name: m.name,
    title: m.title,
    company: m.company,
    vacancyLink: mailLink(`/vacancies/${m.slug}`, m.locale),
    withdrawLink: mailLink(`/applications/withdraw/${m.withdrawToken}`, m.locale),
    applicationsLink: applicationsLink(m.to, m.locale),
    attachment: m.cvFileName ? t('attachment', { file: m.cvFileName }) : '',
  };
  return { to: m.to, kind: 'application-received', subject: t('subject', values), text: t('text', values) };
}

type Notice = { to: string; locale: MailLocale; candidate: string; title: string; applicationId: string };

/** To a company member who wants every application at once. */
export function noticeMail(m: Notice): Mail {
  const t = translator(m.locale, 'apply.mail.notice');
  const values = { name: m.candidate, title: m.title, link: mailLink(`/employer/applications/${m.applicationId}`, m.locale) };
  return { to: m.to, kind: 'application-notice', subject: t('subject', values), text: t('text', values) };
}

export type DigestItem = { title: string; company: string; count: number };

/** One summary a day for members who chose it. */
export function digestMail(m: { to: string; locale: MailLocale; items: DigestItem[] }): Mail {
  const t = translator(m.locale, 'apply.mail.digest');
  const count = m.items.reduce((sum, i) => sum + i.count, 0);
  const items = m.items.map((i) => t('item', { title: i.title, company: i.company, count: i.count })).join('\n');
  return {
    to: m.to,
    kind: 'application-digest',
    subject: t('subject', { count }),
    text: t('text', { items, link: mailLink('/employer/applications', m.locale) }),
  };
}
