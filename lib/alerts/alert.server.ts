import 'server-only';
import { invalidOutcome } from '@/lib/forms/issues';
import { EmailOnlySchema } from '@/lib/accounts/schemas';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { createToken, hashToken, visitorHash } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { sendMail } from '@/lib/mail/outbox.server';
import { mailLink } from '@/lib/mail/templates';
import { confirmationMail, describeAlert, manageLink, manageLinkMail } from './mail';
import { toMailLocale } from '@/lib/mail/translate';
import { AlertIdSchema, canonicalAlertQuery, CONFIRM_DAYS, FrequencySchema, MAX_ALERTS_PER_EMAIL, SubscribeSchema } from './schemas';

// Subscribing (double opt-in), confirming, and what the subscriber does on the "my alerts" page. The
// subscriber has no account: the confirmation link proves the address, and later links are signed for it.
// Answers never reveal whether an address has alerts.

const DAY_MS = 86_400_000;

export type AlertContext = { ip: string; now?: Date };
export type AlertOutcome<T = null> =
  | { ok: true; value: T }
  | { ok: false; error: 'rateLimited' | 'notFound' | 'expired' }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

/**
 * "Send me these vacancies": stores the search unconfirmed and mails the confirmation link. An address
 * that already has this alert confirmed, or too many alerts, gets its "my alerts" link instead, so a
 * stranger can neither change someone's alerts nor learn that they exist.
 */
export async function subscribeToAlert(input: unknown, ctx: AlertContext): Promise<AlertOutcome<{ email: string }>> {
  const now = ctx.now ?? new Date();
  const parsed = SubscribeSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { email, frequency, locale } = parsed.data;
  if (!(await withinLimits([['alertIp', ctx.ip], ['alertEmail', email]]))) return { ok: false, error: 'rateLimited' };
  const { filters, query } = canonicalAlertQuery(parsed.data.query);

  const existing = await db.jobAlert.findUnique({ where: { email_query: { email, query } }, select: { id: true, confirmedAt: true } });
  const count = existing ? 0 : await db.jobAlert.count({ where: { email } });
  if (existing?.confirmedAt || count >= MAX_ALERTS_PER_EMAIL) {
    await sendMail(manageLinkMail(email, locale, manageLink(email, locale, now)));
    return { ok: true, value: { email } };
  }

  const { token, hash } = createToken();
  const addressHash = visitorHash(env.AUTH_SECRET, 'alert', ctx.ip);
  // A repeated request renews the link and the 7 days; the unique key settles two requests at once.
  await db.jobAlert.upsert({
    where: { email_query: { email, query } },
    create: { email, query, frequency, locale, confirmTokenHash: hash, addressHash, createdAt: now, coveredUntil: now },
    update: { frequency, locale, confirmTokenHash: hash, addressHash, createdAt: now },
  });
  const link = mailLink(`/alerts/confirm/${token}`, locale);
  await sendMail(confirmationMail(email, locale, { description: describeAlert(filters, locale), frequency, link }));
  return { ok: true, value: { email } };
}

/** Confirms the alert behind a link from the confirmation mail; from now on new vacancies are mailed. */
export async function confirmAlert(token: unknown, now = new Date()): Promise<AlertOutcome<{ email: string; locale: string }>> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{40,50}$/.test(token)) return { ok: false, error: 'notFound' };
  const alert = await db.jobAlert.findUnique({ where: { confirmTokenHash: hashToken(token) }, select: { id: true, email: true, locale: true, createdAt: true } });
  if (!alert) return { ok: false, error: 'notFound' };
  if (alert.createdAt.getTime() < now.getTime() - CONFIRM_DAYS * DAY_MS) return { ok: false, error: 'expired' };
  // Only vacancies published from now on: the subscriber has just seen the ones before.
  const updated = await db.jobAlert.updateMany({
    where: { id: alert.id, confirmTokenHash: hashToken(token) },
    data: { confirmedAt: now, coveredUntil: now, confirmTokenHash: null },
  });
  if (!updated.count) return { ok: false, error: 'notFound' };
  return { ok: true, value: { email: alert.email, locale: alert.locale } };
}

/** One-click unsubscribe (a signed id, checked by the caller): the alert and its history are deleted. */
export async function unsubscribeAlert(alertId: string): Promise<boolean> {
  if (!AlertIdSchema.safeParse({ alert: alertId }).success) return false;
  const { count } = await db.jobAlert.deleteMany({ where: { id: alertId } });
  return count > 0;
}

/** The subscriber (proved by a signed link for `email`) changes how often one of their alerts comes. */
export async function changeAlertFrequency(email: string, input: unknown): Promise<AlertOutcome> {
  const parsed = FrequencySchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { count } = await db.jobAlert.updateMany({ where: { id: parsed.data.alert, email }, data: { frequency: parsed.data.frequency } });
  return count ? { ok: true, value: null } : { ok: false, error: 'notFound' };
}

/** Deletes one of the subscriber's alerts, or all of them (`alert` = "all"). Nothing of them is kept. */
export async function deleteAlerts(email: string, input: unknown): Promise<AlertOutcome<{ deleted: number }>> {
  const all = (input as { alert?: unknown } | null)?.alert === 'all';
  const parsed = all ? null : AlertIdSchema.safeParse(input);
  if (parsed && !parsed.success) return { ok: false, error: 'notFound' };
  const { count } = await db.jobAlert.deleteMany({ where: { email, ...(parsed && { id: parsed.data.alert }) } });
  return count ? { ok: true, value: { deleted: count } } : { ok: false, error: 'notFound' };
}

/** "Send me a link to my alerts": mailed only when the address has alerts; the answer is the same either way. */
export async function requestManageLink(input: unknown, ctx: AlertContext): Promise<AlertOutcome<{ email: string }>> {
  const parsed = EmailOnlySchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { email } = parsed.data;
  if (!(await withinLimits([['alertIp', ctx.ip], ['alertEmail', email]]))) return { ok: false, error: 'rateLimited' };
  const alert = await db.jobAlert.findFirst({ where: { email }, select: { locale: true }, orderBy: { createdAt: 'desc' } });
  if (alert) {
    const locale = toMailLocale(parsed.data.locale ?? alert.locale);
    await sendMail(manageLinkMail(email, locale, manageLink(email, locale, ctx.now)));
  }
  return { ok: true, value: { email } };
}

/** Housekeeping: alerts never confirmed within the link's lifetime are deleted with the address they hold. */
export async function deleteUnconfirmedAlerts(now = new Date()): Promise<number> {
  const { count } = await db.jobAlert.deleteMany({ where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - CONFIRM_DAYS * DAY_MS) } } });
  return count;
}
