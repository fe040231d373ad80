import 'server-only';
import { createTranslator } from 'next-intl';
import '@/lib/zod-setup';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/forms/issues';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { sendMail } from '@/lib/mail/outbox.server';
import { getExchangeRates } from '@/lib/rates/queries';
import { PUBLICATION_DAYS } from '@/lib/vacancies/lifecycle';
import { toVacancyColumns } from '@/lib/vacancies/lifecycle.server';
import { VacancyInputSchema } from '@/lib/vacancies/schemas';
import { transitionVacancy, type LockedVacancy } from '@/lib/vacancies/transition.server';
import { MESSAGES } from '@/messages';
import { isAdmin, recordAudit, type AdminActor } from './audit.server';
import { carriesBlockedContact, recordLiveText } from './board/checks.server';
import { decisionMail, type Decision } from './mail';
import { labelForRejection, recordRiskExample } from './risk-examples.server';
import { RISK_THRESHOLD } from './risk';
import { approvalSchema, RejectionSchema, type RejectionInput } from './review-schemas';

// The review decisions. Each checks the actor is an admin itself, then decides under the vacancy's row
// lock (lib/vacancies/transition.server.ts, which employers' operations take too), so two admins can't
// both decide: the second one sees the new state and gets 'alreadyDecided'. `seen` (the version the
// admin's page showed) turns an edit made by the employer meanwhile into 'changed' instead of approving
// text nobody has read.

export type ReviewError = 'notFound' | 'alreadyDecided' | 'changed' | 'contactBlocked';
export type ReviewOutcome =
  | { ok: true; value: null }
  | { ok: false; error: ReviewError }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

/** `acknowledged`: the form's "I checked the reasons" box, needed to approve at or above RISK_THRESHOLD. */
export type DecisionOptions = { seen?: string; now?: Date; acknowledged?: unknown };

const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const DECIDED = { ok: false, error: 'alreadyDecided' } as const;
const CHANGED = { ok: false, error: 'changed' } as const;
const DONE = { ok: true, value: null } as const;
const CONTACT_BLOCKED = { ok: false, error: 'contactBlocked' } as const;
const DAY = 86_400_000;

type Mailed = { decision: Decision; vacancy: { id: string; title: string; slug: string; companyId: string; reason?: string } };
type Result = { outcome: ReviewOutcome; mail?: Mailed };

/** The revision, locked after its vacancy (always in that order); null when none waits for a decision. */
async function lockPendingRevision(tx: Prisma.TransactionClient, vacancyId: string) {
  await tx.$queryRaw`SELECT id FROM vacancy_revisions WHERE "vacancyId" = ${vacancyId}::uuid FOR UPDATE`;
  const revision = await tx.vacancyRevision.findUnique({ where: { vacancyId } });
  return revision && !revision.rejectedAt ? revision : null;
}


/** The text the employer reads: the preset's explanation in the ad's language, then the admin's note. */
export function composeReason(input: RejectionInput, locale: string): string {
  const lang = locale === 'en' ? 'en' : 'ru';
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: 'moderation.reject.presets' });
  if (input.preset === 'other') return input.note ?? '';
  const preset = t(`${input.preset}.text`);
  return input.note ? `${preset} ${input.note}` : preset;
}

/** A new vacancy can be decided while it waits, and only as the admin saw it. */
const undecided = (seen: string | undefined) => (v: LockedVacancy) =>
  v.status !== 'pending' ? DECIDED : seen && seen !== v.updatedAt.toISOString() ? CHANGED : null;

const invalid = (error: z.ZodError) => ({ ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(error) }) as const;
const refuseInput = async (actor: AdminActor | null, error: z.ZodError): Promise<ReviewOutcome> => (isAdmin(actor) ? invalid(error) : NOT_FOUND);

/** Runs the decision under the vacancy's row lock; mails the company's members only once it has committed. */
async function decide(
  actor: AdminActor | null,
  vacancyId: string,
  check: (v: LockedVacancy) => typeof DECIDED | typeof CHANGED | null,
  run: (tx: Prisma.TransactionClient, admin: AdminActor, v: LockedVacancy) => Promise<Result>,
): Promise<ReviewOutcome> {
  if (!isAdmin(actor)) return NOT_FOUND;
  const result = await transitionVacancy(vacancyId, check, (tx, v) => run(tx, actor, v));
  if (!result.ok) return result;
  const { outcome, mail } = result.value;
  if (outcome.ok && mail) await notifyMembers(mail);
  return outcome;
}

async function notifyMembers({ decision, vacancy }: Mailed) {
  const members = await db.user.findMany({
    where: { blockedAt: null, memberships: { some: { companyId: vacancy.companyId } } },
    select: { email: true, locale: true },
  });
  for (const m of members) await sendMail(decisionMail(m.email, m.locale === 'en' ? 'en' : 'ru', decision, vacancy));
}

/** A risky version is approved only with the acknowledgement, judged on the stored score under the lock. */
const unacknowledged = (riskScore: number | null, acknowledged: unknown) => {
  const parsed = approvalSchema(riskScore, RISK_THRESHOLD).safeParse({ acknowledged });
  return parsed.success ? null : invalid(parsed.error);
};

export const approveVacancy = (actor: AdminActor | null, vacancyId: string, { seen, now = new Date(), acknowledged }: DecisionOptions = {}) =>
  decide(actor, vacancyId, undecided(seen), async (tx, admin, v) => {
    const refused = unacknowledged(v.riskScore, acknowledged);
    if (refused) return { outcome: refused };
    // Held while a contact in it is blocked, whatever the score said when it came in.
    if (await carriesBlockedContact(tx, v.id)) return { outcome: CONTACT_BLOCKED };
    const expiresAt = new Date(now.getTime() + PUBLICATION_DAYS * DAY);
    await tx.vacancy.update({ where: { id: v.id }, data: { status: 'published', publishedAt: now, expiresAt, moderationReason: null } });
    await tx.moderationEvent.create({ data: { vacancyId: v.id, actorId: admin.id, action: 'approved', riskScore: v.riskScore, createdAt: now } });
    await recordRiskExample(tx, { vacancyId: v.id, label: 'honest', source: 'approval', decidedById: admin.id, decidedAt: now });
    await recordAudit(tx, { actorId: admin.id, action: 'vacancy.approve', targetType: 'vacancy', targetId: v.id, data: { expiresAt: expiresAt.toISOString() } });
    return { outcome: DONE, mail: { decision: 'approved', vacancy: v } };
  });

export function rejectVacancy(actor: AdminActor | null, vacancyId: string, input: unknown, { seen, now = new Date() }: DecisionOptions = {}) {
  const parsed = RejectionSchema.safeParse(input);
  if (!parsed.success) return refuseInput(actor, parsed.error);
  return decide(actor, vacancyId, undecided(seen), async (tx, admin, v) => {
    const reason = composeReason(parsed.data, v.locale);
    await tx.vacancy.update({ where: { id: v.id }, data: { status: 'rejected', moderationReason: reason } });
    await tx.moderationEvent.create({ data: { vacancyId: v.id, actorId: admin.id, action: 'rejected', reason, riskScore: v.riskScore, createdAt: now } });
    await recordRiskExample(tx, { vacancyId: v.id, label: labelForRejection(parsed.data.preset), source: 'rejection', decidedById: admin.id, decidedAt: now });
    await recordAudit(tx, { actorId: admin.id, action: 'vacancy.reject', targetType: 'vacancy', targetId: v.id, reason, data: { preset: parsed.data.preset } });
    return { outcome: DONE, mail: { decision: 'rejected', vacancy: { ...v, reason } } };
  });
}

/** Puts the revision's content live (same publication dates), replacing slots and languages. */
export async function approveRevision(actor: AdminActor | null, vacancyId: string, { seen, now = new Date(), acknowledged }: DecisionOptions = {}) {
  const rates = await getExchangeRates();
  // The status stays; what is decided is the revision, locked after its vacancy.
  return decide(actor, vacancyId, () => null, async (tx, admin, v) => {
    const revision = await lockPendingRevision(tx, vacancyId);
    if (!revision) return { outcome: DECIDED };
    if (seen && seen !== revision.submittedAt.toISOString()) return { outcome: CHANGED };
    const refused = unacknowledged(revision.riskScore, acknowledged);
    if (refused) return { outcome: refused };
    if (await carriesBlockedContact(tx, vacancyId)) return { outcome: CONTACT_BLOCKED };
    const parsed = VacancyInputSchema.safeParse(revision.data);
    if (!parsed.success) return { outcome: invalid(parsed.error) };
    const { data, slots, languages } = toVacancyColumns(parsed.data, rates, now);
    await tx.shiftSlot.deleteMany({ where: { vacancyId } });
    await tx.vacancyLanguage.deleteMany({ where: { vacancyId } });
    await tx.vacancy.update({
      where: { id: vacancyId },
      data: {
        ...data,
        riskScore: revision.riskScore,
        riskReasons: revision.riskReasons === null ? Prisma.DbNull : (revision.riskReasons as Prisma.InputJsonValue),
        shiftSlots: { create: slots },
        languages: { create: languages },
      },
    });
    await tx.vacancyRevision.delete({ where: { id: revision.id } });
    await tx.moderationEvent.create({ data: { vacancyId, actorId: admin.id, action: 'revisionApproved', riskScore: revision.riskScore, createdAt: now } });
    await recordRiskExample(tx, { vacancyId, label: 'honest', source: 'approval', decidedById: admin.id, decidedAt: now, revision: { data: parsed.data, riskScore: revision.riskScore } });
    await recordAudit(tx, {
      actorId: admin.id, action: 'vacancy.approveRevision', targetType: 'vacancy', targetId: vacancyId,
      data: { revisionId: revision.id, submittedAt: revision.submittedAt.toISOString() },
    });
    return { outcome: DONE, mail: { decision: 'revisionApproved', vacancy: { ...v, title: data.title } } };
  });
}

/** The edit is turned down; the published version stays up and the employer sees why. */
export function rejectRevision(actor: AdminActor | null, vacancyId: string, input: unknown, { seen, now = new Date() }: DecisionOptions = {}) {
  const parsed = RejectionSchema.safeParse(input);
  if (!parsed.success) return refuseInput(actor, parsed.error);
  return decide(actor, vacancyId, () => null, async (tx, admin, v) => {
    const revision = await lockPendingRevision(tx, vacancyId);
    if (!revision) return { outcome: DECIDED };
    if (seen && seen !== revision.submittedAt.toISOString()) return { outcome: CHANGED };
    const reason = composeReason(parsed.data, v.locale);
    await tx.vacancyRevision.update({ where: { id: revision.id }, data: { rejectedAt: now, rejectionReason: reason } });
    await tx.moderationEvent.create({ data: { vacancyId, actorId: admin.id, action: 'revisionRejected', reason, riskScore: revision.riskScore, createdAt: now } });
    // The published text stays: later submissions are compared with it again, not with the rejected edit.
    await recordLiveText(tx, vacancyId, now);
    await recordRiskExample(tx, {
      vacancyId, label: labelForRejection(parsed.data.preset), source: 'rejection', decidedById: admin.id, decidedAt: now,
      revision: { data: revision.data, riskScore: revision.riskScore },
    });
    await recordAudit(tx, {
      actorId: admin.id, action: 'vacancy.rejectRevision', targetType: 'vacancy', targetId: vacancyId, reason,
      data: { preset: parsed.data.preset, revisionId: revision.id },
    });
    return { outcome: DONE, mail: { decision: 'revisionRejected', vacancy: { ...v, reason } } };
  });
}
