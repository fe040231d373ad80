import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { invalidOutcome } from '@/lib/forms/issues';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { visitorHash } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { MemberRole, Prisma, ReportStatus } from '@/lib/generated/prisma/client';
import { sendMail, type Mail } from '@/lib/mail/outbox.server';
import { vacancySlugSchema } from '@/lib/vacancies/detail-queries';
import { openVacancyWhere } from '@/lib/vacancies/queries';
import { isAdmin, recordAudit, type AdminActor } from './audit.server';
import { recordRiskExample } from './risk-examples.server';
import { toMailLocale, type MailLocale } from '@/lib/mail/translate';
import { vacancyRemovedMail } from './report-mail';
import { encodeResolution, OptionalReasonSchema, ReasonSchema, ReportSchema } from './report-schemas';
import { transitionVacancy } from '@/lib/vacancies/transition.server';
import { recordLiveText } from './board/checks.server';

// Scam reports: anyone may file one against an open vacancy; admins resolve them (remove the vacancy,
// dismiss; warning and blocking the company live in company.server.ts). Admin functions check
// isAdmin(actor) themselves and answer strangers with 'notFound'.

export type FieldErrors = Record<string, string[]>;
export type ReportOutcome =
  | { ok: true; value: { slug: string } }
  | { ok: false; error: 'notFound' | 'rateLimited' | 'alreadyReported' }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors };
export type ResolveOutcome =
  | { ok: true; value: null }
  | { ok: false; error: 'notFound' | 'alreadyRemoved' | 'nothingOpen' }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors };

export const NOT_FOUND = { ok: false, error: 'notFound' } as const;
export const Id = z.uuid();

export const invalid = (error: z.ZodError, field?: string) => invalidOutcome(error, { fallback: field });

/** Salted, so the stored value cannot be turned back into an address by hashing every IPv4. */
export function reporterHash(ip: string): string {
  return visitorHash(env.AUTH_SECRET, 'report', ip);
}

function vacancyKey(slugOrId: string): Prisma.VacancyWhereInput | null {
  if (Id.safeParse(slugOrId).success) return { OR: [{ id: slugOrId }, { slug: slugOrId }] };
  return vacancySlugSchema.safeParse(slugOrId).success ? { slug: slugOrId } : null;
}

/**
 * Files a report against an open vacancy. `input.website` is a honeypot: a bot that fills it is told
 * "thank you" and nothing is stored. Limits: 10 an hour per address, one a day per address and vacancy.
 */
export async function submitReport(vacancySlugOrId: string, input: unknown, ctx: { ip: string; now?: Date }): Promise<ReportOutcome> {
  const now = ctx.now ?? new Date();
  const parsed = ReportSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const key = vacancyKey(String(vacancySlugOrId));
  if (!key) return NOT_FOUND;
  const vacancy = await db.vacancy.findFirst({ where: { AND: [key, openVacancyWhere(now)] }, select: { id: true, slug: true } });
  if (!vacancy) return NOT_FOUND;

  const trap = (input as { website?: unknown } | null)?.website;
  if (typeof trap === 'string' && trap.trim() !== '') return { ok: true, value: { slug: vacancy.slug } };

  const hash = reporterHash(ctx.ip);
  // The limiters are keyed by the hash too: the raw address is stored nowhere.
  if (!(await withinLimits([['reportIp', hash]]))) return { ok: false, error: 'rateLimited' };
  if (!(await withinLimits([['reportIpVacancy', `${hash}:${vacancy.id}`]]))) return { ok: false, error: 'alreadyReported' };
  const { category, message, email } = parsed.data;
  await db.scamReport.create({
    data: { vacancyId: vacancy.id, category, message, reporterEmail: email ?? null, reporterHash: hash },
    select: { id: true },
  });
  return { ok: true, value: { slug: vacancy.slug } };
}

/** Closes the open reports that `where` selects; returns their ids (for the audit row). */
export async function resolveOpenReports(
  tx: Prisma.TransactionClient,
  actorId: string,
  where: Prisma.ScamReportWhereInput,
  status: Exclude<ReportStatus, 'open'>,
  resolution: string,
  now: Date,
): Promise<string[]> {
  const rows = await tx.scamReport.updateManyAndReturn({
    where: { ...where, status: 'open' },
    data: { status, resolution, resolvedById: actorId, resolvedAt: now },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Mails the company's members (or only its owners), each in their own language; after the commit. */
export async function mailCompany(companyId: string, roles: MemberRole[], build: (to: string, locale: MailLocale) => Mail) {
  const members = await db.membership.findMany({
    where: { companyId, role: { in: roles }, user: { blockedAt: null } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of members) await sendMail(build(user.email, toMailLocale(user.locale)));
}

/** Takes a vacancy down for good: status 'removed' with the reason the employer sees; its pending edit goes too. */
export async function removeVacancy(actor: AdminActor | null, vacancyId: string, reason: unknown, now = new Date()): Promise<ResolveOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(vacancyId).success) return NOT_FOUND;
  const parsed = ReasonSchema.safeParse(reason);
  if (!parsed.success) return invalid(parsed.error, 'reason');
  const why = parsed.data;

  // The shared locked transition (lib/vacancies/transition.server.ts): a second admin's removal, or an
  // employer's renew, waits for this one and is judged on its result.
  const outcome = await transitionVacancy(
    vacancyId,
    (vacancy) => (vacancy.status === 'removed' ? ({ ok: false, error: 'alreadyRemoved' } as const) : null),
    async (tx, vacancy) => {
      await tx.vacancy.update({ where: { id: vacancyId }, data: { status: 'removed', moderationReason: why } });
      await tx.vacancyRevision.deleteMany({ where: { vacancyId } });
      // The removed text is what a repost would copy, even when a cleaner edit was waiting for review.
      await recordLiveText(tx, vacancyId, now);
      await tx.moderationEvent.create({ data: { vacancyId, actorId: actor.id, action: 'removed', reason: why } });
      const reports = await resolveOpenReports(tx, actor.id, { vacancyId }, 'actioned', encodeResolution('vacancyRemoved', why), now);
      // A scam example: upheld reports when the removal closed some, the admin's own finding otherwise.
      await recordRiskExample(tx, { vacancyId, label: 'scam', source: reports.length ? 'report' : 'removal', decidedById: actor.id, decidedAt: now });
      await recordAudit(tx, {
        actorId: actor.id, action: 'vacancy.remove', targetType: 'vacancy', targetId: vacancyId, reason: why,
        data: { previousStatus: vacancy.status, reports },
      });
      return vacancy;
    },
  );
  if (!outcome.ok) return outcome;
  const { companyId, title } = outcome.value;
  await mailCompany(companyId, ['owner', 'member'], (to, locale) => vacancyRemovedMail(to, locale, { id: vacancyId, title, reason: why }));
  return { ok: true, value: null };
}

/** The reports were unfounded: the open ones are closed as dismissed; the vacancy stays. */
export async function dismissReports(actor: AdminActor | null, vacancyId: string, reason?: unknown, now = new Date()): Promise<ResolveOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(vacancyId).success) return NOT_FOUND;
  const parsed = OptionalReasonSchema.safeParse(reason);
  if (!parsed.success) return invalid(parsed.error, 'reason');
  const why = parsed.data ?? null;

  return db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findUnique({ where: { id: vacancyId }, select: { id: true } });
    if (!vacancy) return NOT_FOUND;
    const reports = await resolveOpenReports(tx, actor.id, { vacancyId }, 'dismissed', encodeResolution('dismissed', why), now);
    if (!reports.length) return { ok: false, error: 'nothingOpen' } as const;
    await recordAudit(tx, { actorId: actor.id, action: 'vacancy.dismissReports', targetType: 'vacancy', targetId: vacancyId, reason: why, data: { reports } });
    return { ok: true, value: null } as const;
  });
}
