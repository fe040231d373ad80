import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatTime } from '@/lib/shifts/fit';
import type { VacancyStatus } from '@/lib/vocabularies';

/** The editor's form values: the schema's input shape, with every field a form control can hold. */
export type VacancyFormValues = {
  title: string; description: string; industry: string; schedule: string; employment: string; experience: string;
  languages: { language: string; level: string }[];
  salaryFrom: string; salaryTo: string; salaryCurrency: string; salaryPeriod: string; salaryGross: string;
  shiftSlots: { start: string; end: string; timeZone: string }[];
  shiftPattern: string; shiftsPerWeek: string; hoursPerWeek: string; nightShifts: boolean; weekendWork: boolean;
  trainingProvided: boolean; trainingPaid: boolean; trainingDays: string; trainingNote: string;
  hasKpi: boolean; kpiConcurrentChats: string; kpiFirstResponseSec: string; kpiNote: string;
  voiceRequired: boolean; equipmentProvided: boolean; minInternetMbps: string; equipmentNote: string;
  abroadAllowed: boolean; abroadCountries: string[]; contractTypes: string[];
  applyMode: string; applyUrl: string; applyEmail: string;
};

export type VacancyForEdit = {
  id: string;
  companyId: string;
  status: VacancyStatus;
  /** True when the values come from a published vacancy's edit that still awaits review. */
  fromPendingRevision: boolean;
  /** What a save checks against so it never overwrites a newer one: the row's (or its revision's) stamp. */
  version: string;
  values: VacancyFormValues;
};

/** The relations the editor's values need; lifecycle.server.ts reads a row the same way to check a submission. */
export const EDITOR_ROW_INCLUDE = {
  shiftSlots: { orderBy: { position: 'asc' } },
  // Rows have no position of their own: the strongest requirement first, in a stable order.
  languages: { orderBy: [{ level: 'desc' }, { language: 'asc' }] },
} satisfies Prisma.VacancyInclude;
type EditorRow = Prisma.VacancyGetPayload<{ include: typeof EDITOR_ROW_INCLUDE }>;

const Id = z.uuid();
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** A stored revision (the schema's parsed output, as JSON) back into form values. */
function revisionToValues(data: Record<string, unknown>): VacancyFormValues {
  const rows = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  const gross = data.salaryGross;
  return {
    title: text(data.title), description: text(data.description), industry: text(data.industry),
    schedule: text(data.schedule), employment: text(data.employment), experience: text(data.experience),
    languages: rows(data.languages).map((l) => ({ language: text(l.language), level: text(l.level) })),
    salaryFrom: text(data.salaryFrom), salaryTo: text(data.salaryTo), salaryCurrency: text(data.salaryCurrency),
    salaryPeriod: text(data.salaryPeriod), salaryGross: gross === 'gross' || gross === 'net' ? gross : '',
    shiftSlots: rows(data.shiftSlots).map((s) => ({ start: text(s.start), end: text(s.end), timeZone: text(s.timeZone) })),
    shiftPattern: text(data.shiftPattern), shiftsPerWeek: text(data.shiftsPerWeek), hoursPerWeek: text(data.hoursPerWeek),
    nightShifts: data.nightShifts === true, weekendWork: data.weekendWork === true,
    trainingProvided: data.trainingProvided === true, trainingPaid: data.trainingPaid === true,
    trainingDays: text(data.trainingDays), trainingNote: text(data.trainingNote),
    hasKpi: data.hasKpi === true, kpiConcurrentChats: text(data.kpiConcurrentChats),
    kpiFirstResponseSec: text(data.kpiFirstResponseSec), kpiNote: text(data.kpiNote),
    voiceRequired: data.voiceRequired === true, equipmentProvided: data.equipmentProvided === true,
    minInternetMbps: text(data.minInternetMbps), equipmentNote: text(data.equipmentNote),
    abroadAllowed: data.abroadAllowed === true, abroadCountries: list(data.abroadCountries),
    contractTypes: list(data.contractTypes),
    applyMode: text(data.applyMode), applyUrl: text(data.applyUrl), applyEmail: text(data.applyEmail),
  };
}

/**
 * The vacancy as the editor's form values, or null when the id is not a uuid or the actor is not a
 * member of its company. A published vacancy with an edit awaiting review opens that edit instead.
 */
export async function getVacancyForEdit(actor: Pick<CurrentUser, 'companies'>, id: string): Promise<VacancyForEdit | null> {
  if (!Id.safeParse(id).success) return null;
  const v = await db.vacancy.findFirst({
    where: { id, companyId: { in: actor.companies.map((c) => c.id) } },
    include: { ...EDITOR_ROW_INCLUDE, revision: { select: { data: true, submittedAt: true } } },
  });
  if (!v) return null;
  const base = { id: v.id, companyId: v.companyId, status: v.status };
  const revision = v.revision?.data;
  if (v.status === 'published' && v.revision && revision && typeof revision === 'object' && !Array.isArray(revision)) {
    return { ...base, fromPendingRevision: true, version: v.revision.submittedAt.toISOString(), values: revisionToValues(revision as Record<string, unknown>) };
  }
  return { ...base, fromPendingRevision: false, version: v.updatedAt.toISOString(), values: editorValuesOf(v) };
}

/** A stored vacancy as the editor's form values (what is not filled in yet is empty). */
export function editorValuesOf(v: EditorRow): VacancyFormValues {
  return {
      title: v.title, description: v.description, industry: text(v.industry), schedule: text(v.schedule),
      employment: text(v.employment), experience: text(v.experience),
      languages: v.languages.map((l) => ({ language: l.language, level: l.level })),
      salaryFrom: text(v.salaryFrom?.toString()), salaryTo: text(v.salaryTo?.toString()),
      salaryCurrency: text(v.salaryCurrency), salaryPeriod: text(v.salaryPeriod),
      salaryGross: v.salaryGross === null ? '' : v.salaryGross ? 'gross' : 'net',
      shiftSlots: v.shiftSlots.map((s) => ({ start: formatTime(s.startMinute), end: formatTime(s.endMinute), timeZone: s.timeZone })),
      shiftPattern: text(v.shiftPattern), shiftsPerWeek: text(v.shiftsPerWeek?.toString()), hoursPerWeek: text(v.hoursPerWeek),
      nightShifts: v.nightShifts, weekendWork: v.weekendWork,
      trainingProvided: v.trainingProvided, trainingPaid: v.trainingPaid === true,
      trainingDays: text(v.trainingDays), trainingNote: text(v.trainingNote),
      hasKpi: v.hasKpi, kpiConcurrentChats: text(v.kpiConcurrentChats),
      kpiFirstResponseSec: text(v.kpiFirstResponseSec), kpiNote: text(v.kpiNote),
      voiceRequired: v.voiceRequired, equipmentProvided: v.equipmentProvided,
      minInternetMbps: text(v.minInternetMbps), equipmentNote: text(v.equipmentNote),
      abroadAllowed: v.abroadAllowed, abroadCountries: v.abroadCountries, contractTypes: v.contractTypes,
      applyMode: v.applyMode, applyUrl: text(v.applyUrl), applyEmail: text(v.applyEmail),
  };
}
