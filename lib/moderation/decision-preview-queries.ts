import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import { mailTranslator, toMailLocale as asLocale, type MailLocale as Locale } from '@/lib/mail/translate';
import { isAdmin, type AdminActor } from './audit.server';
import { decisionMail } from './mail';
import { REJECTION_PRESETS, type RejectionPreset } from './review-schemas';

// What a rejection will say to the employer, before it is sent: the reason in the ad's language (as
// composeReason in review.server.ts writes it) and the mail in each member's own language
// (notifyMembers there). The mail is rendered with REASON_SLOT where the reason goes, so the form can
// fill in the reason the admin is composing, live or on the server.

export const REASON_SLOT = '\u2063REASON\u2063';

export type RejectionPreview = {
  /** The ad's language: the reason (preset text + note) is written in it. */
  adLocale: Locale;
  /** Each preset's text in the ad's language ("other" has none: the note is the reason). */
  presetTexts: Partial<Record<RejectionPreset, string>>;
  /** The mail each language group of members receives, with REASON_SLOT for the reason. */
  mails: { locale: Locale; recipients: number; subject: string; text: string }[];
};

const Id = z.uuid();

export async function getRejectionPreview(actor: AdminActor | null, vacancyId: string, kind: 'new' | 'edit'): Promise<RejectionPreview | null> {
  if (!isAdmin(actor) || !Id.safeParse(vacancyId).success) return null;
  const v = await db.vacancy.findUnique({ where: { id: vacancyId }, select: { id: true, title: true, slug: true, locale: true, companyId: true } });
  if (!v) return null;
  const members = await db.user.findMany({
    where: { blockedAt: null, memberships: { some: { companyId: v.companyId } } },
    select: { locale: true },
  });
  const adLocale = asLocale(v.locale);
  const t = mailTranslator(adLocale, 'moderation.reject.presets');
  const presetTexts = Object.fromEntries(REJECTION_PRESETS.filter((p) => p !== 'other').map((p) => [p, t(`${p}.text`)]));
  const byLocale = new Map<Locale, number>();
  for (const m of members) byLocale.set(asLocale(m.locale), (byLocale.get(asLocale(m.locale)) ?? 0) + 1);
  const decision = kind === 'new' ? 'rejected' : 'revisionRejected';
  const mails = [...byLocale].map(([locale, recipients]) => {
    const mail = decisionMail('', locale, decision, { ...v, reason: REASON_SLOT });
    return { locale, recipients, subject: mail.subject, text: mail.text };
  });
  return { adLocale, presetTexts, mails };
}
