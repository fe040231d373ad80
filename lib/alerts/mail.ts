import 'server-only';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { salaryFormatter, type Translate as SalaryTranslate } from '@/lib/salary/formatter';
import type { Rates } from '@/lib/salary/normalize';
import { filterLabels, type Translate } from '@/lib/vacancies/filter-labels';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { MESSAGES } from '@/messages';
import { mailTranslator, type MailLocale } from '@/lib/mail/translate';
import { MANAGE_LINK_DAYS, type AlertFrequency } from './schemas';
import { createSignedToken, linkSecret, signId } from '@/lib/mail/signed-links';
import { zoneNamePart } from '@/lib/shifts/zone-names';
import { intlLanguageName } from '@/lib/language-name';

// Alert mail in the subscriber's language. Plain text like the rest of our mail; createTranslator, not
// getTranslations, so it works in the job worker too (lib/mail/templates.ts).

export const MANAGE_PURPOSE = 'alerts-manage';
export const UNSUBSCRIBE_PURPOSE = 'alerts-unsubscribe';

export function manageLink(email: string, locale: MailLocale, now = new Date()): string {
  return mailLink(`/alerts?token=${createSignedToken(linkSecret(), MANAGE_PURPOSE, email, MANAGE_LINK_DAYS, now)}`, locale);
}

/** The one-click unsubscribe URL (RFC 8058): a POST to it deletes the alert; it never expires. */
export function unsubscribeUrl(alertId: string): string {
  return mailLink(`/api/alerts/unsubscribe?alert=${alertId}&sig=${signId(linkSecret(), UNSUBSCRIBE_PURPOSE, alertId)}`, 'ru');
}

/** The page behind the visible "unsubscribe" link in the mail: a button, so link scanners do not unsubscribe. */
export function unsubscribePageLink(alertId: string, locale: MailLocale): string {
  return mailLink(`/alerts/unsubscribe?alert=${alertId}&sig=${signId(linkSecret(), UNSUBSCRIBE_PURPOSE, alertId)}`, locale);
}

export function catalogueLink(query: string, locale: MailLocale): string {
  return mailLink(`/vacancies${query ? `?${query}` : ''}`, locale);
}

function languageName(code: string, locale: MailLocale): string {
  const labels = MESSAGES[locale].vocab.language as Record<string, string>;
  return labels[code] ?? intlLanguageName(code, locale);
}

const zoneName = (timeZone: string, locale: MailLocale) => zoneNamePart(timeZone, locale);

/** «Только чат, без звонков · Английский · от 60 000 ₽», or «все новые вакансии» for an empty search. */
export function describeAlert(filters: CatalogueFilters, locale: MailLocale): string {
  const labels = filterLabels(filters, {
    locale,
    catalogue: mailTranslator(locale, 'catalogue') as unknown as Translate,
    vocab: mailTranslator(locale, 'vocab') as unknown as Translate,
    language: (code) => languageName(code, locale),
    zone: (tz) => zoneName(tz, locale),
  });
  return labels.length ? labels.map((l) => l.label).join(' · ') : mailTranslator(locale, 'alerts')('everything');
}

const t = (locale: MailLocale) => mailTranslator(locale, 'alerts.mail');

export function confirmationMail(to: string, locale: MailLocale, m: { description: string; frequency: AlertFrequency; link: string }): Mail {
  const tf = mailTranslator(locale, 'alertForm.frequency');
  return {
    to,
    kind: 'alert-confirm',
    subject: t(locale)('confirm.subject'),
    text: t(locale)('confirm.text', { description: m.description, frequency: tf(m.frequency), link: m.link }),
  };
}

export function manageLinkMail(to: string, locale: MailLocale, link: string): Mail {
  return { to, kind: 'alert-manage', subject: t(locale)('manage.subject'), text: t(locale)('manage.text', { link }) };
}

export type AlertMailInput = {
  alertId: string;
  to: string;
  locale: MailLocale;
  filters: CatalogueFilters;
  query: string;
  items: VacancyCardData[];
  /** All new matches, listed or not. */
  total: number;
  /** More matched than the job reads: `total` is a lower bound. */
  capped?: boolean;
  rates: Rates;
  now: Date;
};

/** New vacancies for one alert: each with company, salary and link, then the rest as one link. */
export function alertMail(m: AlertMailInput): Mail {
  const salary = salaryFormatter(
    m.locale,
    m.rates,
    mailTranslator(m.locale, 'salary') as unknown as SalaryTranslate,
    mailTranslator(m.locale, 'vocab.salaryPeriod') as unknown as SalaryTranslate,
  );
  const tm = t(m.locale);
  const description = describeAlert(m.filters, m.locale);
  const lines = m.items.map((v) => {
    const pay = v.salary ? salary.stated(v.salary) : tm('noSalary');
    return `• ${v.title}\n  ${v.companyName} · ${pay}\n  ${mailLink(`/vacancies/${v.slug}`, m.locale)}`;
  });
  const more = m.total - m.items.length;
  return {
    to: m.to,
    kind: 'job-alert',
    subject: m.capped ? tm('alert.subjectMany', { count: m.total, description }) : tm('alert.subject', { count: m.total, description }),
    text: [
      tm('alert.intro', { count: m.total, description }),
      lines.join('\n\n'),
      more > 0
        ? tm(m.capped ? 'alert.moreMany' : 'alert.more', { count: more, link: catalogueLink(m.query, m.locale) })
        : tm('alert.all', { link: catalogueLink(m.query, m.locale) }),
      tm('alert.footer', { manage: manageLink(m.to, m.locale, m.now), unsubscribe: unsubscribePageLink(m.alertId, m.locale) }),
    ].join('\n\n'),
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl(m.alertId)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
