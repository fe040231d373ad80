import 'server-only';
import { createTranslator } from 'next-intl';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { salaryFormatter, type Translate as SalaryTranslate } from '@/lib/salary/formatter';
import type { Rates } from '@/lib/salary/normalize';
import { filterLabels, type Translate } from '@/lib/vacancies/filter-labels';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { MESSAGES } from '@/messages';
import { MANAGE_LINK_DAYS, type AlertFrequency } from './schemas';
import { createSignedToken, linkSecret, signId } from '@/lib/mail/signed-links';
import { zoneNamePart } from '@/lib/shifts/zone-names';
import { intlLanguageName } from '@/lib/language-name';

// Alert mail in the subscriber's language. Plain text like the rest of our mail; createTranslator, not
// getTranslations, so it works in the job worker too (lib/mail/templates.ts).

export type AlertLocale = 'ru' | 'en';
export const toAlertLocale = (value: string | null | undefined): AlertLocale => (value === 'en' ? 'en' : 'ru');

export const MANAGE_PURPOSE = 'alerts-manage';
export const UNSUBSCRIBE_PURPOSE = 'alerts-unsubscribe';

export function manageLink(email: string, locale: AlertLocale, now = new Date()): string {
  return mailLink(`/alerts?token=${createSignedToken(linkSecret(), MANAGE_PURPOSE, email, MANAGE_LINK_DAYS, now)}`, locale);
}

/** The one-click unsubscribe URL (RFC 8058): a POST to it deletes the alert; it never expires. */
export function unsubscribeUrl(alertId: string): string {
  return mailLink(`/api/alerts/unsubscribe?alert=${alertId}&sig=${signId(linkSecret(), UNSUBSCRIBE_PURPOSE, alertId)}`, 'ru');
}

/** The page behind the visible "unsubscribe" link in the mail: a button, so link scanners do not unsubscribe. */
export function unsubscribePageLink(alertId: string, locale: AlertLocale): string {
  return mailLink(`/alerts/unsubscribe?alert=${alertId}&sig=${signId(linkSecret(), UNSUBSCRIBE_PURPOSE, alertId)}`, locale);
}

export function catalogueLink(query: string, locale: AlertLocale): string {
  return mailLink(`/vacancies${query ? `?${query}` : ''}`, locale);
}

function languageName(code: string, locale: AlertLocale): string {
  const labels = MESSAGES[locale].vocab.language as Record<string, string>;
  return labels[code] ?? intlLanguageName(code, locale);
}

const zoneName = (timeZone: string, locale: AlertLocale) => zoneNamePart(timeZone, locale);

/** «Только чат, без звонков · Английский · от 60 000 ₽», or «все новые вакансии» for an empty search. */
export function describeAlert(filters: CatalogueFilters, locale: AlertLocale): string {
  const messages = MESSAGES[locale];
  const labels = filterLabels(filters, {
    locale,
    catalogue: createTranslator({ locale, messages, namespace: 'catalogue' }) as unknown as Translate,
    vocab: createTranslator({ locale, messages, namespace: 'vocab' }) as unknown as Translate,
    language: (code) => languageName(code, locale),
    zone: (tz) => zoneName(tz, locale),
  });
  return labels.length ? labels.map((l) => l.label).join(' · ') : translator(locale, 'alerts')('everything');
}

const translator = <N extends 'alerts' | 'alerts.mail' | 'alertForm.frequency'>(locale: AlertLocale, namespace: N) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace });
const t = (locale: AlertLocale) => translator(locale, 'alerts.mail');

export function confirmationMail(to: string, locale: AlertLocale, m: { description: string; frequency: AlertFrequency; link: string }): Mail {
  const tf = translator(locale, 'alertForm.frequency');
  return {
    to,
    kind: 'alert-confirm',
    subject: t(locale)('confirm.subject'),
    text: t(locale)('confirm.text', { description: m.description, frequency: tf(m.frequency), link: m.link }),
  };
}

export function manageLinkMail(to: string, locale: AlertLocale, link: string): Mail {
  return { to, kind: 'alert-manage', subject: t(locale)('manage.subject'), text: t(locale)('manage.text', { link }) };
}

export type AlertMailInput = {
  alertId: string;
  to: string;
  locale: AlertLocale;
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
  const messages = MESSAGES[m.locale];
  const salary = salaryFormatter(
    m.locale,
    m.rates,
    createTranslator({ locale: m.locale, messages, namespace: 'salary' }) as unknown as SalaryTranslate,
    createTranslator({ locale: m.locale, messages, namespace: 'vocab.salaryPeriod' }) as unknown as SalaryTranslate,
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
