import type { FieldMetadata, useForm } from '@conform-to/react';
import type { VacancyFormValues } from '@/lib/vacancies/editor-queries';
import { DEFAULT_TIME_ZONE } from '@/lib/vacancies/catalogue-query';

/** The editor's form as Conform sees it: text fields, checkboxes as 'on', the repeated rows. */
export type EditorShape = {
  [K in keyof VacancyFormValues]: VacancyFormValues[K] extends boolean ? string : VacancyFormValues[K];
} & { intent: string; vacancyId: string; companyId: string; version: string };

export type EditorFields = ReturnType<typeof useForm<EditorShape>>[1];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of the editor
export type AnyField = FieldMetadata<any, any, string[]>;
export type SectionProps = { fields: EditorFields };

export const EMPTY_VALUES: VacancyFormValues = {
  title: '', description: '', industry: '', schedule: '', employment: '', experience: '',
  languages: [{ language: 'ru', level: 'native' }],
  salaryFrom: '', salaryTo: '', salaryCurrency: 'RUB', salaryPeriod: 'month', salaryGross: '',
  shiftSlots: [{ start: '', end: '', timeZone: DEFAULT_TIME_ZONE }],
  shiftPattern: '', shiftsPerWeek: '', hoursPerWeek: '', nightShifts: false, weekendWork: false,
  trainingProvided: false, trainingPaid: false, trainingDays: '', trainingNote: '',
  hasKpi: false, kpiConcurrentChats: '', kpiFirstResponseSec: '', kpiNote: '',
  voiceRequired: false, equipmentProvided: false, minInternetMbps: '', equipmentNote: '',
  abroadAllowed: false, abroadCountries: [], contractTypes: [],
  applyMode: 'form', applyUrl: '', applyEmail: '',
};

/** Stored values as the form's defaults: checkboxes 'on', at least one row of slots and languages to fill in. */
export function toDefaultValue(values: VacancyFormValues): Partial<EditorShape> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[key] = typeof value === 'boolean' ? (value ? 'on' : undefined) : value;
  if (!values.shiftSlots.length) out.shiftSlots = EMPTY_VALUES.shiftSlots;
  if (!values.languages.length) out.languages = [{ language: '', level: '' }];
  return out as Partial<EditorShape>;
}

/** A time zone offered in the slot rows: id, «Москва (GMT+3)» for the list, «Москва» for sentences. */
export type ZoneOption = { value: string; label: string; name: string };
