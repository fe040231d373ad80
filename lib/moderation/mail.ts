import 'server-only';
import { createTranslator } from 'next-intl';
import type { Mail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { MESSAGES } from '@/messages';

// The review decisions mailed to a company's members, each in the member's own language
// (createTranslator, so it works in actions, tests and jobs alike).

export type Decision = 'approved' | 'rejected' | 'revisionApproved' | 'revisionRejected';
type Locale = 'ru' | 'en';

const KINDS: Record<Decision, string> = {
  approved: 'vacancy-approved',
  rejected: 'vacancy-rejected',
  revisionApproved: 'revision-approved',
  revisionRejected: 'revision-rejected',
};

export function decisionMail(
  to: string,
  locale: Locale,
  decision: Decision,
  vacancy: { id: string; title: string; slug: string; reason?: string | null },
): Mail {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'moderation.mail' });
  const values = {
    title: vacancy.title,
    reason: vacancy.reason ?? '',
    dashboard: mailLink(`/employer/vacancies/${vacancy.id}`, locale),
    page: mailLink(`/vacancies/${vacancy.slug}`, locale),
  };
  return { to, kind: KINDS[decision], subject: t(`${decision}.subject`, values), text: t(`${decision}.text`, values) };
}
