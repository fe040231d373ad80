import 'server-only';
import { randomBytes } from 'node:crypto';
import '@/lib/zod-setup';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/accounts/form-state';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { scoreVacancy, type RiskCompany, type RiskInput } from '@/lib/moderation/risk';
import { getExchangeRates } from '@/lib/rates/queries';
import { normalizeSalary, workloadFromSchedule, type Rates } from '@/lib/salary/normalize';
import { parseTime, slotDurationMinutes, slotToUtcMinutes } from '@/lib/shifts/fit';
import { slugify } from '@/lib/slug';
import { refusal, renewedExpiry, type EmployerOperation, type LifecycleRefusal } from './lifecycle';
import { VacancyInputSchema, type VacancyInput } from './schemas';

// The employer's operations on vacancies. Each one checks itself that the actor is a member of the
// vacancy's company (HOUSE_STYLE rule 3); the 'use server' wrappers only add the session and redirects.

export type Actor = Pick<CurrentUser, 'id' | 'companies'>;
export type Outcome<T = null> =
  | { ok: true; value: T }
  | { ok: false; error: 'notFound' | 'companyBlocked' | LifecycleRefusal }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const Id = z.uuid();


/** The vacancy if the actor is a member of its company; nothing else tells a stranger it exists. */
async function loadOwned(actor: Actor, vacancyId: string) {
  if (!Id.safeParse(vacancyId).success) return null;
  const companyIds = actor.companies.map((c) => c.id);
  return db.vacancy.findFirst({
    where: { id: vacancyId, companyId: { in: companyIds } },
    select: { id: true, status: true, expiresAt: true, companyId: true, company: { select: { blockedAt: true } } },
  });
}

// A blocked company keeps its dashboard (to read why) but puts nothing new in front of candidates.
const PUBLISHING: readonly EmployerOperation[] = ['submit', 'renew'];

/** The company as the scam-risk scorer judges it (lib/moderation/risk.ts). */
async function riskCompany(companyId: string): Promise<RiskCompany> {
  const c = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { name: true, website: true, legalName: true, taxId: true, country: true, verifiedAt: true },
  });
  return { name: c.name, website: c.website, legalName: c.legalName, taxId: c.taxId, country: c.country, verified: c.verifiedAt !== null };
}

/** Score and reasons to store with a submission, so the review queue can sort by risk and show why. */
async function assessRisk(input: RiskInput): Promise<{ riskScore: number; riskReasons: Prisma.InputJsonValue }> {
  const { score, reasons } = scoreVacancy(input, { rates: await getExchangeRates() });
  return { riskScore: score, riskReasons: reasons as unknown as Prisma.InputJsonValue };
}

/** A saved vacancy's content in the scorer's shape. */
async function storedRiskInput(vacancyId: string): Promise<RiskInput> {
  const v = await db.vacancy.findUniqueOrThrow({
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
    company: await riskCompany(companyId),
  };
}

const newSlug = (title: string) => `${slugify(title, 48) || 'vacancy'}-${randomBytes(4).toString('hex')}`;

/** Editor input → columns: normalized salary, slot minutes (local and UTC), empty strings as nulls. */
export function toVacancyColumns(v: VacancyInput, rates: Rates, now: Date) {
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
    title: v.title, description: v.description, industry: v.industry, schedule: v.schedule, employment: v.employment,
    experience: v.experience, salaryFrom: v.salaryFrom ?? null, salaryTo: v.salaryTo ?? null,
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
    contractTypes: v.contractTypes, applyMode: v.applyMode,
    applyUrl: v.applyMode === 'url' ? (v.applyUrl ?? null) : null,
    applyEmail: v.applyMode === 'email' ? (v.applyEmail ?? null) : null,
  } satisfies Prisma.VacancyUncheckedUpdateInput;
  return { data, slots, languages: v.languages };
}

export async function createDraft(actor: Actor, companyId: string, input: unknown, now = new Date()): Promise<Outcome<{ id: string; slug: string }>> {
  if (!actor.companies.some((c) => c.id === companyId)) return NOT_FOUND;
  const parsed = VacancyInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const { data, slots, languages } = toVacancyColumns(parsed.data, await getExchangeRates(), now);
  const created = await db.vacancy.create({
    data: {
      ...data, slug: newSlug(data.title), status: 'draft', companyId, createdById: actor.id,
      shiftSlots: { create: slots }, languages: { create: languages },
    },
    select: { id: true, slug: true },
  });
  return { ok: true, value: created };
}

export async function updateVacancy(actor: Actor, vacancyId: string, input: unknown, now = new Date()): Promise<Outcome<{ revision: boolean }>> {
  const vacancy = await loadOwned(actor, vacancyId);
  if (!vacancy) return NOT_FOUND;
  const refused = refusal('edit', vacancy, now);
  if (refused) return { ok: false, error: refused };
  if (vacancy.status === 'published' && vacancy.company.blockedAt) return { ok: false, error: 'companyBlocked' };
  const parsed = VacancyInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };

  if (vacancy.status === 'published') {
    // The approved text stays public; the edit waits for review as a revision (PRODUCT.md, lifecycle).
    const data = parsed.data as unknown as Prisma.InputJsonValue;
    const risk = await assessRisk({ ...parsed.data, company: await riskCompany(vacancy.companyId) });
    await db.$transaction([
      db.vacancyRevision.upsert({
        where: { vacancyId },
        create: { vacancyId, data, submittedById: actor.id, ...risk },
        update: { data, submittedById: actor.id, submittedAt: now, rejectedAt: null, rejectionReason: null, ...risk },
      }),
      db.moderationEvent.create({ data: { vacancyId, actorId: actor.id, action: 'revisionSubmitted', riskScore: risk.riskScore } }),
    ]);
    return { ok: true, value: { revision: true } };
  }

  const { data, slots, languages } = toVacancyColumns(parsed.data, await getExchangeRates(), now);
  await db.$transaction([
    db.shiftSlot.deleteMany({ where: { vacancyId } }),
    db.vacancyLanguage.deleteMany({ where: { vacancyId } }),
    db.vacancy.update({ where: { id: vacancyId }, data: { ...data, shiftSlots: { create: slots }, languages: { create: languages } } }),
  ]);
  return { ok: true, value: { revision: false } };
}

/** A transition with no input: checks ownership and the lifecycle, then applies `change` atomically. */
async function transition(
  actor: Actor,
  vacancyId: string,
  operation: EmployerOperation,
  now: Date,
  change: (vacancy: { id: string; expiresAt: Date | null }) => Prisma.PrismaPromise<unknown>[] | Promise<Prisma.PrismaPromise<unknown>[]>,
): Promise<Outcome> {
  const vacancy = await loadOwned(actor, vacancyId);
  if (!vacancy) return NOT_FOUND;
  const refused = refusal(operation, vacancy, now);
  if (refused) return { ok: false, error: refused };
  if (vacancy.company.blockedAt && PUBLISHING.includes(operation)) return { ok: false, error: 'companyBlocked' };
  await db.$transaction(await change(vacancy));
  return { ok: true, value: null };
}

export const submitVacancy = (actor: Actor, vacancyId: string, now = new Date()) =>
  transition(actor, vacancyId, 'submit', now, async (v) => {
    const risk = await assessRisk(await storedRiskInput(v.id));
    return [
      db.vacancy.update({ where: { id: v.id }, data: { status: 'pending', moderationReason: null, ...risk } }),
      db.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'submitted', riskScore: risk.riskScore } }),
    ];
  });

export const closeVacancy = (actor: Actor, vacancyId: string, now = new Date()) =>
  transition(actor, vacancyId, 'close', now, (v) => [
    db.vacancy.update({ where: { id: v.id }, data: { status: 'closed', closedAt: now } }),
    db.vacancyRevision.deleteMany({ where: { vacancyId: v.id } }),
    db.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'closed' } }),
  ]);

export const renewVacancy = (actor: Actor, vacancyId: string, now = new Date()) =>
  transition(actor, vacancyId, 'renew', now, (v) => [
    db.vacancy.update({ where: { id: v.id }, data: { status: 'published', expiresAt: renewedExpiry(v.expiresAt, now) } }),
    db.moderationEvent.create({ data: { vacancyId: v.id, actorId: actor.id, action: 'renewed' } }),
  ]);

export const deleteDraft = (actor: Actor, vacancyId: string, now = new Date()) =>
  transition(actor, vacancyId, 'delete', now, (v) => [db.vacancy.delete({ where: { id: v.id } })]);

/** A new draft with the same content, in the same company. */
export async function duplicateVacancy(actor: Actor, vacancyId: string): Promise<Outcome<{ id: string; slug: string }>> {
  if (!(await loadOwned(actor, vacancyId))) return NOT_FOUND;
  const source = await db.vacancy.findUniqueOrThrow({
    where: { id: vacancyId },
    omit: { id: true, slug: true, status: true, publishedAt: true, expiresAt: true, closedAt: true, moderationReason: true, riskScore: true, riskReasons: true, createdAt: true, updatedAt: true, createdById: true, companyName: true, languageCodes: true },
    include: {
      shiftSlots: { omit: { id: true, vacancyId: true } },
      languages: { omit: { vacancyId: true } },
    },
  });
  const { shiftSlots, languages, ...columns } = source;
  const copy = await db.vacancy.create({
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
  return { ok: true, value: copy };
}
