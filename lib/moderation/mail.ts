import 'server-only';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { mailTranslator, type MailLocale } from '@/lib/mail/translate';

// The review decisions mailed to a company's members, each in the member's own language
// (createTranslator, so it works in actions, tests and jobs alike).

export type Decision = 'approved' | 'rejected' | 'revisionApproved' | 'revisionRejected';

const KINDS: Record<Decision, string> = {
  approved: 'vacancy-approved',
  rejected: 'vacancy-rejected',
  revisionApproved: 'revision-approved',
  revisionRejected: 'revision-rejected',
};

export function decisionMail(
  to: string,
  locale: MailLocale,
  decision: Decision,
  vacancy: { id: string; title: string; slug: string; reason?: string | null },
): Mail {
  const t = mailTranslator(locale, 'moderation.mail');
  const values = {
    title: vacancy.title,
    reason: vacancy.reason ?? '',
    dashboard: mailLink(`/employer/vacancies/${vacancy.id}`, locale),
    page: mailLink(`/vacancies/${vacancy.slug}`, locale),
  };
  return { to, kind: KINDS[decision], subject: t(`${decision}.subject`, values), text: t(`${decision}.text`, values) };
}
