import 'server-only';
import { detectAdLanguage } from '@/lib/search/ad-language';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { carriesBlockedContact, checkAgainstBoard } from '@/lib/moderation/board/checks.server';
import { getRiskModel } from '@/lib/moderation/risk-examples-queries';
import { combineWeights, RISK_CODES, scoreVacancy, type RiskCompany, type RiskInput } from '@/lib/moderation/risk';
import { getExchangeRates } from '@/lib/rates/queries';
import { normalizeSalary, workloadFromSchedule, type Rates } from '@/lib/salary/normalize';
import { parseTime, slotDurationMinutes, slotToUtcMinutes } from '@/lib/shifts/fit';
import { slugify } from '@/lib/slug';
import { refusal, renewedExpiry, type EmployerOperation, type LifecycleRefusal } from './lifecycle';
import { VacancyDraftSchema, VacancyInputSchema, type VacancyDraft } from './editor-schemas';
import { EDITOR_ROW_INCLUDE, editorValuesOf } from './editor-queries';
import { nextStamp, transitionVacancy, type LockedVacancy } from './transition.server';

// The employer's operations on vacancies. Each one checks itself that the actor is a member of the
// vacancy's company (HOUSE_STYLE rule 3), on the row as locked by transition.server.ts, so membership and
// the lifecycle rule hold at the moment of the write; the 'use server' wrappers only add the session and redirects.

export type Actor = Pick<CurrentUser, 'id' | 'companies'>;
type Failure =
  | { ok: false; error: 'notFound' | 'companyBlocked' | 'contactBlocked' | 'stale' | 'notAutosaved' | LifecycleRefusal }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };
export type Outcome<T = null> = { ok: true; value: T } | Failure;

const NOT_FOUND = { ok: false, error: 'notFound' } as const;

/** Thrown inside a transaction to roll it back and answer with `failure` instead. */
class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
  }
}
const answerRefusal = async <T>(run: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.failure;
    throw error;
  }
};
/** Field errors by the form's field names (`languages[0].level`), as the editor's fields are named. */
export function fieldErrorsByName(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
    (out[name] ??= []).push(issue.message);
  }
  return out;
}
const invalid = (error: z.ZodError): Failure => ({ ok: false, error: 'invalid', fieldErrors: fieldErrorsByName(error) });
/** Statuses whose content is not in front of anyone yet: saved as drafts, with any subset of fields. */
const DRAFT_STATUSES: readonly string[] = ['draft', 'rejected'];

/** Why the actor may not run `operation` on the vacancy as it is now, or null; strangers learn nothing. */
function employerRefusal(actor: Actor, operation: EmployerOperation, v: LockedVacancy, now: Date): Failure | null {
  if (!actor.companies.some((c) => c.id === v.companyId)) return NOT_FOUND;
  const refused = refusal(operation, v, now);
  if (refused) return { ok: false, error: refused };
  // A blocked company keeps its dashboard (to read why) but puts nothing new in front of candidates.
  const publishing = operation === 'submit' || operation === 'renew' || (operation === 'edit' && v.status === 'published');
  return publishing && v.companyBlocked ? { ok: false, error: 'companyBlocked' } : null;
}

/** The company as the scam-risk scorer judges it (lib/moderation/risk.ts). */
async function riskCompany(tx: Prisma.TransactionClient, companyId: string): Promise<RiskCompany> {
  const c = await tx.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { name: true, website: true, legalName: true, taxId: true, country: true, verifiedAt: true },
  });
  return { name: c.name, website: c.website, legalName: c.legalName, taxId: c.taxId, country: c.country, verified: c.verifiedAt !== null };
}

type StoredRisk = { riskScore: number; riskReasons: Prisma.InputJsonValue };
/** What scoring needs besides the ad, read before the transaction: the model may train first (~0.3 s). */
type Scoring = { rates: Rates; model: Awaited<ReturnType<typeof getRiskModel>> };
const scoringInputs = async (): Promise<Scoring> => {
  const [rates, model] = await Promise.all([getExchangeRates(), getRiskModel()]);
  return { rates, model };
};

/**
 * Score and reasons to store with a submission, so the review queue can sort by risk and show why: the text
 * scorer's signals plus the board-wide checks (lib/moderation/board), combined by the same formula. Records
 * the submission's fingerprint and contacts for later ones. `revision`: an edit of a published ad.
 */
async function assessRisk(
  tx: Prisma.TransactionClient,
  subject: { vacancyId: string; companyId: string },
  input: RiskInput,
  { rates, model }: Scoring,
  now: Date,
  options: { revision?: boolean } = {},
): Promise<StoredRisk> {
  // The rules plus the statistical model trained on the corpus and the moderators' decisions (decision 011).
  const text = scoreVacancy(input, { rates, model });
  const board = await checkAgainstBoard(tx, { ...subject, ...input, companyWebsite: input.company?.website }, now, options);
  const reasons = [...text.reasons, ...board.reasons].sort((a, b) => b.weight - a.weight || RISK_CODES.indexOf(a.code) - RISK_CODES.indexOf(b.code));
  return { riskScore: combineWeights(reasons.map((r) => r.weight)), riskReasons: reasons as unknown as Prisma.InputJsonValue };
}

/** A saved vacancy's content in the scorer's shape. */
async function storedRiskInput(tx: Prisma.TransactionClient, vacancyId: string): Promise<RiskInput> {
  const v = await tx.vacancy.findUniqueOrThrow({
    where: { id: vacancyId },
    select: {
      title: true, description: true, experience: true, trainingProvided: true, trainingPaid: true, applyMode: true, applyUrl: true,
      applyEmail: true, salaryFrom: true, salaryTo: true, salaryCurrency: true, salaryPeriod: true, hoursPerWeek: true,
      shiftsPerWeek: true, shiftPattern: true, trainingNote: true, kpiNote: true, equipmentNote: true, companyId: true,
      languages: { select: { language: true, level: true } },
    },
  });
  const { companyId, salaryFrom, salaryTo, shiftsPerWeek, salaryCurrency, ...rest } = v;
  return {
    ...rest,
    salaryFrom: salaryFrom === null ? null : Number(salaryFrom),
    salaryTo: salaryTo === null ? null : Number(salaryTo),
    shiftsPerWeek: shiftsPerWeek === null ? null : Number(shiftsPerWeek),
    salaryCurrency: salaryCurrency as RiskInput['salaryCurrency'],
    company: await riskCompany(tx, companyId),
  };
}

const newSlug = (title: string) => `${slugify(title, 48) || 'vacancy'}-${randomBytes(4).toString('hex')}`;

/** Editor input (a draft's subset or a complete vacancy) → columns: normalized salary, slot minutes (local and UTC), empty strings as nulls. */
export function toVacancyColumns(v: VacancyDraft, rates: Rates, now: Date) {
  const slots = v.shiftSlots.map((s, position) => {
    const start = parseTime(s.start)!;
    const end = parseTime(s.end)!;
    const utc = slotToUtcMinutes({ start, end, timeZone: s.timeZone }, now);
    return { position, startMinute: start, endMinute: end, timeZone: s.timeZone, utcStartMinute: utc.start, utcEndMinute: utc.end };
  });
  const first = slots[0];
  const shiftHours = first ? slotDurationMinutes({ start: first.startMinute, end: first.endMinute }) / 60 : undefined;
  const workload = workloadFromSchedule({ shiftsPerWeek: v.shiftsPerWeek, shiftPattern: v.shiftPattern, shiftHours });
  const range =
    v.salaryCurrency && v.salaryPeriod
      ? normalizeSalary({ from: v.salaryFrom ?? null, to: v.salaryTo ?? null, currency: v.salaryCurrency, period: v.salaryPeriod }, rates, workload)
      : null;
  const data = {
    title: v.title, description: v.description ?? '', locale: detectAdLanguage(v.title, v.description ?? ''),
    industry: v.industry ?? null, schedule: v.schedule ?? null, employment: v.employment ?? null,
    experience: v.experience ?? null, salaryFrom: v.salaryFrom ?? null, salaryTo: v.salaryTo ?? null,
    salaryCurrency: range ? v.salaryCurrency! : null, salaryPeriod: range ? v.salaryPeriod! : null,
    salaryGross: v.salaryGross === undefined ? null : v.salaryGross === 'gross',
    salaryMinRub: range?.minRub ?? null, salaryMaxRub: range?.maxRub ?? null,
    shiftPattern: v.shiftPattern ?? null, shiftsPerWeek: v.shiftsPerWeek ?? null, hoursPerWeek: v.hoursPerWeek ?? null,
    nightShifts: v.nightShifts, weekendWork: v.weekendWork,
    trainingProvided: v.trainingProvided, trainingPaid: v.trainingProvided ? v.trainingPaid : null,
    trainingDays: v.trainingDays ?? null, trainingNote: v.trainingNote ?? null,
    hasKpi: v.hasKpi, kpiConcurrentChats: v.kpiConcurrentChats ?? null, kpiFirstResponseSec: v.kpiFirstResponseSec ?? null,
    kpiNote: v.kpiNote ?? null, voiceRequired: v.voiceRequired, equipmentProvided: v.equipmentProvided,
    minInternetMbps: v.minInternetMbps ?? null, equipmentNote: v.equipmentNote ?? null,
    abroadAllowed: v.abroadAllowed, abroadCountries: v.abroadAllowed ? v.abroadCountries : [],
    contractTypes: v.contractTypes, applyMode: v.applyMode ?? 'form',
    applyUrl: v.applyMode === 'url' ? (v.applyUrl ?? null) : null,
    applyEmail: v.applyMode === 'email' ? (v.applyEmail ?? null) : null,
  } satisfies Prisma.VacancyUncheckedUpdateInput;
  return { data, slots, languages: v.languages };
}

/** A new draft: only the title is required (the rest is checked as far as it is filled in). */
export async function createDraft(actor: Actor, companyId: string, input: unknown, now = new Date()): Promise<Outcome<{ id: string; slug: string; version: Date }>> {
  if (!actor.companies.some((c) => c.id === companyId)) return NOT_FOUND;
  const parsed = VacancyDraftSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { data, slots, languages } = toVacancyColumns(parsed.data, await getExchangeRates(), now);
  const created = await db.vacancy.create({
    data: {
      ...data, slug: newSlug(data.title), status: 'draft', companyId, createdById: actor.id, updatedAt: now,
      shiftSlots: { create: slots }, languages: { create: languages },
    },
    select: { id: true, slug: true, updatedAt: true },
  });
  return { ok: true, value: { id: created.id, slug: created.slug, version: created.updatedAt } };
}

export type SaveOptions = {
  /** The version the editor opened (getVacancyForEdit's `version`): a newer save in between refuses this one as 'stale'. */
  expectedVersion?: string;
  /** An autosave: saved only where nothing goes to review by saving (drafts, rejected ads); never submits. */
  autosave?: boolean;
};

/**
 * Saves the editor's values. A draft or a rejected ad keeps any subset of its fields; a pending ad (the text under
 * review) and a published one (whose edit becomes a revision for review) must be complete. Returns the new version.
 */
export async function saveVacancyEdit(
  actor: Actor,
  vacancyId: string,
  input: unknown,
  now = new Date(),
  options: SaveOptions = {},
): Promise<Outcome<{ revision: boolean; version: Date }>> {
  const draft = VacancyDraftSchema.safeParse(input);
  const full = VacancyInputSchema.safeParse(input);
  const scoring = await scoringInputs();
  const { rates } = scoring;
  return answerRefusal(() =>
    transitionVacancy(
      vacancyId,
      (v) => {
        const refused = employerRefusal(actor, 'edit', v, now);
        if (refused) return refused;
        const asDraft = DRAFT_STATUSES.includes(v.status);
        if (options.autosave && !asDraft) return { ok: false, error: 'notAutosaved' } as const;
        if (asDraft && !draft.success) return invalid(draft.error);
        if (!asDraft && !full.success) return invalid(full.error);
        // A published ad's version is its pending revision's stamp, checked below with the revision read.
        if (options.expectedVersion && v.status !== 'published' && v.updatedAt.toISOString() !== options.expectedVersion) return { ok: false, error: 'stale' } as const;
        return null;
      },
      async (tx, v) => {
        // Decided on the locked status: an edit racing an approval becomes a revision, never unreviewed live text.
        if (v.status === 'published') {
          const values = full.data!; // the check above refuses incomplete input
          const data = values as unknown as Prisma.InputJsonValue;
          const previous = await tx.vacancyRevision.findUnique({ where: { vacancyId }, select: { submittedAt: true } });
          if (options.expectedVersion && (previous?.submittedAt ?? v.updatedAt).toISOString() !== options.expectedVersion) throw new Refused({ ok: false, error: 'stale' });
          const risk = await assessRisk(tx, { vacancyId, companyId: v.companyId }, { ...values, company: await riskCompany(tx, v.companyId) }, scoring, now, { revision: true });
          const submittedAt = nextStamp(previous?.submittedAt, now);
          await tx.vacancyRevision.upsert({
            where: { vacancyId },
            create: { vacancyId, data, submittedById: actor.id, submittedAt, ...risk },
            update: { data, submittedById: actor.id, submittedAt, rejectedAt: null, rejectionReason: null, ...risk },
          });
          await tx.moderationEvent.create({ data: { vacancyId, actorId: actor.id, action: 'revisionSubmitted', riskScore: risk.riskScore } });
          return { revision: true, version: submittedAt };
        }
        const values = DRAFT_STATUSES.includes(v.status) ? draft.data! : full.data!;
        const { data, slots, languages } = toVacancyColumns(values, rates, now);
        // A pending vacancy's new text is what the admin will review, so it is scored again.
        const risk =
          v.status === 'pending' ? await assessRisk(tx, { vacancyId, companyId: v.companyId }, { ...full.data!, company: await riskCompany(tx, v.companyId) }, scoring, now) : {};
        const version = nextStamp(v.updatedAt, now);
        await tx.shiftSlot.deleteMany({ where: { vacancyId } });
        await tx.vacancyLanguage.deleteMany({ where: { vacancyId } });
        await tx.vacancy.update({
          where: { id: vacancyId },
          data: { ...data, ...risk, updatedAt: version, shiftSlots: { create: slots }, languages: { create: languages } },
        });
        return { revision: false, version };
      },
    ),
  );
}

/** saveVacancyEdit without the new version, for callers that only need to know whether a revision was made. */
export async function updateVacancy(actor: Actor, vacancyId: string, input: unknown, now = new Date(), options: SaveOptions = {}): Promise<Outcome<{ revision: boolean }>> {
  const saved = await saveVacancyEdit(actor, vacancyId, input, now, options);
  return saved.ok ? { ok: true, value: { revision: saved.value.revision } } : saved;
}

/** An employer's operation under the vacancy's row lock (transition.server.ts). */
const employerTransition = <T>(
  actor: Actor,
  vacancyId: string,
  operation: EmployerOperation,
  now: Date,
  apply: (tx: Prisma.TransactionClient, v: LockedVacancy) => Promise<T>,
): Promise<Outcome<T>> => transitionVacancy(vacancyId, (v) => employerRefusal(actor, operation, v, now), apply);

/**
 * Sends a draft (or a reworked rejected ad) to review. Drafts may be incomplete, so the stored content is held
 * to the full rules here, under the lock: what is missing comes back as field errors, and nothing changes.
 */
export async function submitVacancy(actor: Actor, vacancyId: string, now = new Date()): Promise<Outcome> {
  const scoring = await scoringInputs();
  return answerRefusal(() =>
    employerTransition(actor, vacancyId, 'submit', now, async (tx, v) => {
      const stored = await tx.vacancy.findUniqueOrThrow({ where: { id: v.id }, include: EDITOR_ROW_INCLUDE });
      const complete = VacancyInputSchema.safeParse(editorValuesOf(stored));
      if (!complete.success) throw new Refused(invalid(complete.error));
      // Scored under the lock: the score belongs to the text that goes to review, not to one an edit replaced.
      const risk = await assessRisk(tx, { vacancyId: v.id, companyId: v.companyId }, await storedRiskInput(tx, v.id), scoring, now);
      await tx.vacancy.update({ where: { id: v.id }, data: { status: 'pending', moderationReason: null, ...risk } });
      await tx.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'submitted', riskScore: risk.riskScore } });
      return null;
    }),
  );
}

export const closeVacancy = (actor: Actor, vacancyId: string, now = new Date()) =>
  employerTransition(actor, vacancyId, 'close', now, async (tx, v) => {
    await tx.vacancy.update({ where: { id: v.id }, data: { status: 'closed', closedAt: now } });
    await tx.vacancyRevision.deleteMany({ where: { vacancyId: v.id } });
    await tx.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'closed' } });
    return null;
  });

/** Thrown inside the renew transaction to roll it back and answer with the refusal instead. */
class ContactBlockedRefusal extends Error {}

/**
 * Renewing puts an expired ad back without review, so an ad carrying a contact an admin has blocked since is
 * refused (its company can copy it, fix the contact and send the copy to review). Judged under the lock, after the membership
 * check, so a stranger learns nothing.
 */
export async function renewVacancy(actor: Actor, vacancyId: string, now = new Date()): Promise<Outcome> {
  try {
    return await employerTransition(actor, vacancyId, 'renew', now, async (tx, v) => {
      if (await carriesBlockedContact(tx, v.id)) throw new ContactBlockedRefusal();
      await tx.vacancy.update({ where: { id: v.id }, data: { status: 'published', expiresAt: renewedExpiry(v.expiresAt, now) } });
      await tx.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'renewed' } });
      return null;
    });
  } catch (error) {
    if (error instanceof ContactBlockedRefusal) return { ok: false, error: 'contactBlocked' };
    throw error;
  }
}

export const deleteDraft = (actor: Actor, vacancyId: string, now = new Date()) =>
  employerTransition(actor, vacancyId, 'delete', now, async (tx, v) => {
    await tx.vacancy.delete({ where: { id: v.id } });
    return null;
  });

/** A new draft with the same content, in the same company; the lock keeps an approved revision from landing mid-copy. */
export const duplicateVacancy = (actor: Actor, vacancyId: string, now = new Date()): Promise<Outcome<{ id: string; slug: string }>> =>
  employerTransition(actor, vacancyId, 'duplicate', now, async (tx, v) => {
    const source = await tx.vacancy.findUniqueOrThrow({
      where: { id: v.id },
      omit: { id: true, slug: true, status: true, publishedAt: true, expiresAt: true, closedAt: true, moderationReason: true, riskScore: true, riskReasons: true, createdAt: true, updatedAt: true, createdById: true, companyName: true, languageCodes: true },
      include: {
        shiftSlots: { omit: { id: true, vacancyId: true } },
        languages: { omit: { vacancyId: true } },
      },
    });
    const { shiftSlots, languages, ...columns } = source;
    return tx.vacancy.create({
      data: {
        ...columns,
        slug: newSlug(columns.title),
        status: 'draft',
        createdById: actor.id,
        shiftSlots: { create: shiftSlots },
        languages: { create: languages },
      },
      select: { id: true, slug: true },
    });
  });
