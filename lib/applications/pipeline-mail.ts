import 'server-only';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailTranslator, type MailLocale as Locale } from '@/lib/mail/translate';
import type { MailStatus } from './pipeline';

// The optional mail to a candidate on an invitation or a rejection. The employer edits the body in a
// textarea prefilled with `defaultMailText`; subject and footer stay fixed. Written in the vacancy's language,
// which is the one the candidate applied in. createTranslator (not getTranslations) so tests run it too.

export type MailContext = { candidateName: string; vacancyTitle: string; companyName: string; contact: string };

const translator = (locale: Locale) => mailTranslator(locale, 'applications.mail');

export function defaultMailText(status: MailStatus, locale: Locale, ctx: MailContext): string {
  const t = translator(locale);
  const values = { name: ctx.candidateName, vacancy: ctx.vacancyTitle, company: ctx.companyName, contact: ctx.contact };
  return status === 'invited' ? t('invited.text', values) : t('rejected.text', values);
}

export function pipelineMail(status: MailStatus, to: string, locale: Locale, ctx: Pick<MailContext, 'vacancyTitle' | 'companyName'>, body: string): Mail {
  const t = translator(locale);
  const values = { vacancy: ctx.vacancyTitle, company: ctx.companyName };
  const subject = status === 'invited' ? t('invited.subject', values) : t('rejected.subject', values);
  return { to, kind: `application-${status}`, subject, text: `${body}\n\n—\n${t('footer', values)}` };
}
