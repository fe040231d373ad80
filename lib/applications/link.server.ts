import 'server-only';
import { createTranslator } from 'next-intl';
import { invalidOutcome } from '@/lib/forms/issues';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { EmailOnlySchema } from '@/lib/accounts/schemas';
import { sendMail } from '@/lib/mail/outbox.server';
import { MESSAGES } from '@/messages';
import { hasApplications } from './history-queries';
import { applicationsLink } from './links';

export type LinkOutcome = { ok: true } | { ok: false; error: 'rateLimited' } | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

/**
 * Mails a fresh "my applications" link when the address has applied; the answer is the same either way, so
 * the form tells nobody who applied where. Limits per address asked for and per client address.
 */
export async function requestApplicationsLink(input: unknown, ctx: { ip: string; now?: Date }): Promise<LinkOutcome> {
  const parsed = EmailOnlySchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { email, locale } = parsed.data;
  if (!(await withinLimits([['applicationsLinkIp', ctx.ip], ['applicationsLinkEmail', email]]))) return { ok: false, error: 'rateLimited' };
  if (await hasApplications(email)) {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'applicationsPage.mail' });
    const link = applicationsLink(email, locale, ctx.now);
    await sendMail({ to: email, kind: 'applications-link', subject: t('subject'), text: t('text', { link }) });
  }
  return { ok: true };
}
