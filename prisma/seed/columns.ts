// The COPY columns of the bulk tables. The seed writes the columns triggers would derive
// (companyName, languageCodes) itself, so a load with triggers off gives the same rows.
import type { ShiftSlotRow, VacancyRow } from './build-vacancies';
import { pgArray, type CopyColumn } from './copy';

export type LanguageRow = { vacancyId: string; language: string; level: string };
export type EventRow = { id: string; vacancyId: string; actorId: string | null; action: string; reason: string | null; createdAt: Date };

export const VACANCY_COLUMNS: CopyColumn<VacancyRow>[] = [
  { name: 'id', value: (v) => v.id },
  { name: 'slug', value: (v) => v.slug },
  { name: 'companyId', value: (v) => v.companyId },
  { name: 'companyName', value: (v) => v.companyName },
  { name: 'createdById', value: (v) => v.createdById },
  { name: 'status', value: (v) => v.status },
  { name: 'locale', value: (v) => v.locale },
  { name: 'title', value: (v) => v.title },
  { name: 'description', value: (v) => v.description },
  { name: 'industry', value: (v) => v.industry },
  { name: 'schedule', value: (v) => v.schedule },
  { name: 'employment', value: (v) => v.employment },
  { name: 'experience', value: (v) => v.experience },
  { name: 'salaryFrom', value: (v) => v.salaryFrom },
  { name: 'salaryTo', value: (v) => v.salaryTo },
  { name: 'salaryCurrency', value: (v) => v.salaryCurrency },
  { name: 'salaryPeriod', value: (v) => v.salaryPeriod },
  { name: 'salaryGross', value: (v) => v.salaryGross },
  { name: 'salaryMinRub', value: (v) => v.salaryMinRub },
  { name: 'salaryMaxRub', value: (v) => v.salaryMaxRub },
  { name: 'shiftPattern', value: (v) => v.shiftPattern },
  { name: 'shiftsPerWeek', value: (v) => v.shiftsPerWeek },
  { name: 'hoursPerWeek', value: (v) => v.hoursPerWeek },
  { name: 'nightShifts', value: (v) => v.nightShifts },
  { name: 'weekendWork', value: (v) => v.weekendWork },
  { name: 'trainingProvided', value: (v) => v.trainingProvided },
  { name: 'trainingPaid', value: (v) => v.trainingPaid },
  { name: 'trainingDays', value: (v) => v.trainingDays },
  { name: 'trainingNote', value: (v) => v.trainingNote },
  { name: 'hasKpi', value: (v) => v.hasKpi },
  { name: 'kpiConcurrentChats', value: (v) => v.kpiConcurrentChats },
  { name: 'kpiFirstResponseSec', value: (v) => v.kpiFirstResponseSec },
  { name: 'kpiNote', value: (v) => v.kpiNote },
  { name: 'voiceRequired', value: (v) => v.voiceRequired },
  { name: 'equipmentProvided', value: (v) => v.equipmentProvided },
  { name: 'minInternetMbps', value: (v) => v.minInternetMbps },
  { name: 'equipmentNote', value: (v) => v.equipmentNote },
  { name: 'abroadAllowed', value: (v) => v.abroadAllowed },
  { name: 'abroadCountries', value: (v) => pgArray(v.abroadCountries) },
  { name: 'contractTypes', value: (v) => pgArray(v.contractTypes) },
  // What the vacancy_languages trigger writes: the codes, sorted (C collation, like ORDER BY on ASCII codes).
  { name: 'languageCodes', value: (v) => pgArray(v.languages.map((l) => l.language).sort()) },
  { name: 'applyMode', value: (v) => v.applyMode },
  { name: 'applyUrl', value: (v) => v.applyUrl },
  { name: 'applyEmail', value: (v) => v.applyEmail },
  { name: 'publishedAt', value: (v) => v.publishedAt },
  { name: 'expiresAt', value: (v) => v.expiresAt },
  { name: 'closedAt', value: (v) => v.closedAt },
  { name: 'moderationReason', value: (v) => v.moderationReason },
  { name: 'riskScore', value: (v) => v.risk?.score ?? null },
  { name: 'riskReasons', value: (v) => (v.risk ? JSON.stringify(v.risk.reasons) : null) },
  { name: 'createdAt', value: (v) => v.createdAt },
  { name: 'updatedAt', value: (v) => v.publishedAt ?? v.createdAt },
];

export const SLOT_COLUMNS: CopyColumn<ShiftSlotRow>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'vacancyId', value: (s) => s.vacancyId },
  { name: 'position', value: (s) => s.position },
  { name: 'startMinute', value: (s) => s.startMinute },
  { name: 'endMinute', value: (s) => s.endMinute },
  { name: 'timeZone', value: (s) => s.timeZone },
  { name: 'utcStartMinute', value: (s) => s.utcStartMinute },
  { name: 'utcEndMinute', value: (s) => s.utcEndMinute },
];

export const LANGUAGE_COLUMNS: CopyColumn<LanguageRow>[] = [
  { name: 'vacancyId', value: (l) => l.vacancyId },
  { name: 'language', value: (l) => l.language },
  { name: 'level', value: (l) => l.level },
];

export const EVENT_COLUMNS: CopyColumn<EventRow>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'vacancyId', value: (e) => e.vacancyId },
  { name: 'actorId', value: (e) => e.actorId },
  { name: 'action', value: (e) => e.action },
  { name: 'reason', value: (e) => e.reason },
  { name: 'createdAt', value: (e) => e.createdAt },
];
