import 'server-only';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { mailTranslator, type MailLocale } from '@/lib/mail/translate';

export type SlaMailFacts = { overdue: number; waiting: number; oldestHours: number; slaHours: number };

/** "The review queue is late": how many wait past the SLA, the oldest's age, the link to the queue; in the admin's language. */
export function slaAlertMail(to: string, locale: MailLocale, facts: SlaMailFacts): Mail {
  const t = mailTranslator(locale, 'decisions.slaMail');
  const days = Math.floor(facts.oldestHours / 24);
  const age = days >= 2 ? t('ageDays', { days, hours: facts.oldestHours % 24 }) : t('ageHours', { hours: facts.oldestHours });
  const values = { ...facts, age, link: mailLink('/admin/moderation', locale) };
  return { to, kind: 'moderation-sla', subject: t('subject', values), text: t('text', values) };
}
