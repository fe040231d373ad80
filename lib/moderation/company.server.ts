import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin, recordAudit, type AdminActor } from './audit.server';
import { Id, invalid, mailCompany, NOT_FOUND, resolveOpenReports, type FieldErrors } from './report.server';
import { companyBlockedMail, companyWarnedMail } from './report-mail';
import { recordRiskExample } from './risk-examples.server';
import { encodeResolution, ReasonSchema } from './report-schemas';

// Admin sanctions against a company. A blocked company's vacancies leave every public page through
// openVacancyWhere() and the detail query; nothing about the vacancies themselves changes, so
// unblocking brings them back as they were.

export type CompanyActionOutcome =
  | { ok: true; value: null }
  | { ok: false; error: 'notFound' | 'invalid' | 'alreadyBlocked' | 'notBlocked'; fieldErrors?: FieldErrors };

/** Set when the sanction comes from the reports queue: that vacancy's open reports are closed with it. */
export type SanctionOptions = { reportsOf?: string; now?: Date };

type LockedCompany = { id: string; name: string; blockedAt: Date | null };

async function lockCompany(tx: Prisma.TransactionClient, companyId: string): Promise<LockedCompany | null> {
  const [company] = await tx.$queryRaw<LockedCompany[]>`
    SELECT "id", "name", "blockedAt" FROM "companies" WHERE "id" = ${companyId}::uuid FOR UPDATE`;
  return company ?? null;
}

/** The vacancy whose reports the sanction closes must belong to the company; otherwise nothing happens. */
async function reportsVacancyBelongs(tx: Prisma.TransactionClient, companyId: string, vacancyId: string | undefined) {
  if (vacancyId === undefined) return true;
  if (!Id.safeParse(vacancyId).success) return false;
  return (await tx.vacancy.count({ where: { id: vacancyId, companyId } })) === 1;
}

export async function warnCompany(actor: AdminActor | null, companyId: string, reason: string, options: SanctionOptions = {}): Promise<CompanyActionOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return NOT_FOUND;
  const parsed = ReasonSchema.safeParse(reason);
  if (!parsed.success) return invalid(parsed.error, 'reason');
  const why = parsed.data;
  const now = options.now ?? new Date();

  const outcome = await db.$transaction(async (tx) => {
    const company = await lockCompany(tx, companyId);
    if (!company || !(await reportsVacancyBelongs(tx, companyId, options.reportsOf))) return NOT_FOUND;
    await tx.company.update({ where: { id: companyId }, data: { warnedAt: now } });
    const reports = options.reportsOf
      ? await resolveOpenReports(tx, actor.id, { vacancyId: options.reportsOf }, 'actioned', encodeResolution('companyWarned', why), now)
      : [];
    await recordAudit(tx, { actorId: actor.id, action: 'company.warn', targetType: 'company', targetId: companyId, reason: why, data: { reports } });
    return { ok: true, value: company } as const;
  });
  if (!outcome.ok) return outcome;
  await mailCompany(companyId, ['owner'], (to, locale) => companyWarnedMail(to, locale, { name: outcome.value.name, reason: why }));
  return { ok: true, value: null };
}

/** Blocks the company and closes the open reports on all its vacancies: none of them is public any more. */
export async function blockCompany(actor: AdminActor | null, companyId: string, reason: string, options: SanctionOptions = {}): Promise<CompanyActionOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return NOT_FOUND;
  const parsed = ReasonSchema.safeParse(reason);
  if (!parsed.success) return invalid(parsed.error, 'reason');
  const why = parsed.data;
  const now = options.now ?? new Date();

  const outcome = await db.$transaction(async (tx) => {
    const company = await lockCompany(tx, companyId);
    if (!company || !(await reportsVacancyBelongs(tx, companyId, options.reportsOf))) return NOT_FOUND;
    if (company.blockedAt) return { ok: false, error: 'alreadyBlocked' } as const;
    await tx.company.update({ where: { id: companyId }, data: { blockedAt: now, blockedReason: why } });
    const reports = await resolveOpenReports(tx, actor.id, { vacancy: { companyId } }, 'actioned', encodeResolution('companyBlocked', why), now);
    // Blocking from a vacancy's reports upholds them: that ad is a scam example (a warning leaves it up, so it is none).
    if (options.reportsOf) await recordRiskExample(tx, { vacancyId: options.reportsOf, label: 'scam', source: 'report', decidedById: actor.id, decidedAt: now });
    await recordAudit(tx, { actorId: actor.id, action: 'company.block', targetType: 'company', targetId: companyId, reason: why, data: { reports } });
    return { ok: true, value: company } as const;
  });
  if (!outcome.ok) return outcome;
  await mailCompany(companyId, ['owner'], (to, locale) => companyBlockedMail(to, locale, { name: outcome.value.name, reason: why }));
  return { ok: true, value: null };
}

export async function unblockCompany(actor: AdminActor | null, companyId: string): Promise<CompanyActionOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const company = await lockCompany(tx, companyId);
    if (!company) return NOT_FOUND;
    if (!company.blockedAt) return { ok: false, error: 'notBlocked' } as const;
    await tx.company.update({ where: { id: companyId }, data: { blockedAt: null, blockedReason: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: 'company.unblock', targetType: 'company', targetId: companyId,
      data: { blockedAt: company.blockedAt.toISOString() },
    });
    return { ok: true, value: null } as const;
  });
}
