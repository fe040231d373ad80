import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { getExchangeRates } from '@/lib/rates/queries';
import { formatTime } from '@/lib/shifts/time';
import { detailSelect, toVacancyDetail, type DetailRow, type VacancyDetail } from '@/lib/vacancies/detail-queries';
import { toVacancyColumns } from '@/lib/vacancies/lifecycle.server';
import { VacancyInputSchema } from '@/lib/vacancies/schemas';
import type { VacancyStatus } from '@/lib/vocabularies';
import { isAdmin, type AdminActor } from './audit.server';
import { diffFields, type FieldChange, type FieldValue } from './diff';
import { riskReasonsSchema, type RiskReason } from './risk';

// One vacancy as the moderator reviews it: what the public would see after approval, the risk
// assessment, the company's details and, for an edit, what changes against the published version.

export type ReviewKind = 'new' | 'edit';

export type ReviewItem = {
  vacancyId: string;
  status: VacancyStatus;
  /** What waits for a decision; null when nothing does (the page then only shows the vacancy). */
  kind: ReviewKind | null;
  /** The version the decision is about (see DecisionOptions.seen). */
  version: string | null;
  submittedAt: Date | null;
  /** The version the public will see once approved (the proposed one for an edit). */
  detail: VacancyDetail;
  /** For an edit: the changed fields; null when the stored revision no longer validates. */
  changes: FieldChange[] | null;
  risk: { score: number | null; reasons: RiskReason[] };
  moderationReason: string | null;
  rejectedRevision: { at: Date; reason: string | null } | null;
  company: {
    id: string; name: string; slug: string; website: string | null; legalName: string | null; taxId: string | null;
    country: string | null; createdAt: Date; verifiedAt: Date | null; warnedAt: Date | null; blockedAt: Date | null; blockedReason: string | null;
  };
  openReports: number;
  history: { id: string; action: string; reason: string | null; createdAt: Date; actor: string | null }[];
};

export const DIFF_FIELDS = [
  'title', 'industry', 'schedule', 'employment', 'experience', 'shiftSlots', 'shiftPattern', 'shiftsPerWeek', 'hoursPerWeek',
  'nightShifts', 'weekendWork', 'languages', 'salaryFrom', 'salaryTo', 'salaryCurrency', 'salaryPeriod', 'salaryGross',
  'trainingProvided', 'trainingPaid', 'trainingDays', 'trainingNote', 'hasKpi', 'kpiConcurrentChats', 'kpiFirstResponseSec',
  'kpiNote', 'voiceRequired', 'equipmentProvided', 'minInternetMbps', 'equipmentNote', 'abroadAllowed', 'abroadCountries',
  'contractTypes', 'description', 'applyMode', 'applyUrl', 'applyEmail',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

const Id = z.uuid();
const sorted = (list: readonly string[]) => [...list].sort();

/** The vacancy's fields as plain values, so the stored version and a revision compare field by field. */
export function comparable(row: DetailRow): Record<DiffField, FieldValue> {
  return {
    title: row.title, industry: row.industry, schedule: row.schedule, employment: row.employment, experience: row.experience,
    // "21:00–09:00 Europe/Moscow": slots keep their order, the other lists compare as sets.
    shiftSlots: row.shiftSlots.map((s) => `${formatTime(s.startMinute)}–${formatTime(s.endMinute)} ${s.timeZone}`),
    shiftPattern: row.shiftPattern, shiftsPerWeek: row.shiftsPerWeek?.toNumber() ?? null, hoursPerWeek: row.hoursPerWeek,
    nightShifts: row.nightShifts, weekendWork: row.weekendWork,
    languages: sorted(row.languages.map((l) => `${l.language}:${l.level}`)),
    salaryFrom: row.salaryFrom?.toNumber() ?? null, salaryTo: row.salaryTo?.toNumber() ?? null,
    salaryCurrency: row.salaryCurrency, salaryPeriod: row.salaryPeriod, salaryGross: row.salaryGross,
    trainingProvided: row.trainingProvided, trainingPaid: row.trainingPaid, trainingDays: row.trainingDays, trainingNote: row.trainingNote,
    hasKpi: row.hasKpi, kpiConcurrentChats: row.kpiConcurrentChats, kpiFirstResponseSec: row.kpiFirstResponseSec, kpiNote: row.kpiNote,
    voiceRequired: row.voiceRequired, equipmentProvided: row.equipmentProvided, minInternetMbps: row.minInternetMbps, equipmentNote: row.equipmentNote,
    abroadAllowed: row.abroadAllowed, abroadCountries: sorted(row.abroadCountries), contractTypes: sorted(row.contractTypes),
    description: row.description, applyMode: row.applyMode, applyUrl: row.applyUrl, applyEmail: row.applyEmail,
  };
}

const decimal = (n: number | null) => (n === null ? null : new Prisma.Decimal(n));

/** The published row with a revision's content in place: what the page will show after approval. */
async function proposedRow(row: DetailRow, data: unknown, now: Date): Promise<DetailRow | null> {
  const parsed = VacancyInputSchema.safeParse(data);
  if (!parsed.success) return null;
  const { data: columns, slots, languages } = toVacancyColumns(parsed.data, await getExchangeRates(), now);
  return {
    ...row,
    ...columns,
    salaryFrom: decimal(columns.salaryFrom),
    salaryTo: decimal(columns.salaryTo),
    shiftsPerWeek: decimal(columns.shiftsPerWeek),
    shiftSlots: slots.map((s) => ({ startMinute: s.startMinute, endMinute: s.endMinute, timeZone: s.timeZone })),
    languages: [...languages].sort((a, b) => a.language.localeCompare(b.language)),
  };
}

function risk(score: number | null, reasons: Prisma.JsonValue | null): ReviewItem['risk'] {
  const parsed = riskReasonsSchema.safeParse(reasons ?? []);
  return { score, reasons: parsed.success ? parsed.data : [] };
}

export async function getReviewItem(actor: AdminActor | null, vacancyId: string, now = new Date()): Promise<ReviewItem | null> {
  if (!isAdmin(actor) || !Id.safeParse(vacancyId).success) return null;
  const v = await db.vacancy.findUnique({
    where: { id: vacancyId },
    select: {
      ...detailSelect,
      updatedAt: true, moderationReason: true, riskScore: true, riskReasons: true,
      company: {
        select: {
          ...detailSelect.company.select,
          id: true, legalName: true, taxId: true, createdAt: true, warnedAt: true, blockedReason: true,
        },
      },
      revision: true,
      moderationEvents: {
        orderBy: { createdAt: 'desc' }, take: 50,
        select: { id: true, action: true, reason: true, createdAt: true, actor: { select: { name: true } } },
      },
      _count: { select: { reports: { where: { status: 'open' } } } },
    },
  });
  if (!v) return null;
  const { revision, moderationEvents, _count, updatedAt, moderationReason, riskScore, riskReasons, ...row } = v;
  const pendingRevision = revision && !revision.rejectedAt ? revision : null;
  const kind: ReviewKind | null = v.status === 'pending' ? 'new' : pendingRevision ? 'edit' : null;
  const proposed = kind === 'edit' && pendingRevision ? await proposedRow(row, pendingRevision.data, now) : null;
  const shown = proposed ?? row;
  const lastSubmitted = moderationEvents.find((e) => e.action === 'submitted')?.createdAt ?? updatedAt;
  const c = v.company;

  return {
    vacancyId: v.id,
    status: v.status,
    kind,
    version: kind === 'new' ? updatedAt.toISOString() : kind === 'edit' ? pendingRevision!.submittedAt.toISOString() : null,
    submittedAt: kind === 'new' ? lastSubmitted : kind === 'edit' ? pendingRevision!.submittedAt : null,
    // A preview of what approval publishes; the state only decides which blocks the public page shows.
    detail: toVacancyDetail({ ...shown, publishedAt: shown.publishedAt ?? now }, 'open'),
    changes: kind === 'edit' ? (proposed ? diffFields(comparable(row), comparable(proposed), ['description']) : null) : null,
    risk: kind === 'edit' ? risk(pendingRevision!.riskScore, pendingRevision!.riskReasons) : risk(riskScore, riskReasons),
    moderationReason,
    rejectedRevision: revision?.rejectedAt ? { at: revision.rejectedAt, reason: revision.rejectionReason } : null,
    company: {
      id: c.id, name: c.name, slug: c.slug, website: c.website, legalName: c.legalName, taxId: c.taxId, country: c.country,
      createdAt: c.createdAt, verifiedAt: c.verifiedAt, warnedAt: c.warnedAt, blockedAt: c.blockedAt, blockedReason: c.blockedReason,
    },
    openReports: _count.reports,
    history: moderationEvents.map((e) => ({ id: e.id, action: e.action, reason: e.reason, createdAt: e.createdAt, actor: e.actor?.name ?? null })),
  };
}
