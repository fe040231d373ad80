import '@/lib/zod-setup';
import type { z } from 'zod';
import { fieldErrorsOf } from '@/lib/accounts/form-state';
import type { VacancyFormValues } from '@/lib/vacancies/editor-queries';
import { DEFAULT_TIME_ZONE } from '@/lib/vacancies/search-params';

type Slot = VacancyFormValues['shiftSlots'][number];
type Language = VacancyFormValues['languages'][number];
/** Rows carry a key of their own so React keeps focus and typed text on the right row after a removal. */
export type Keyed<T> = T & { key: number };

export type EditorValues = Omit<VacancyFormValues, 'shiftSlots' | 'languages'> & {
  shiftSlots: Keyed<Slot>[];
  languages: Keyed<Language>[];
};

let nextKey = 1;
export const withKey = <T extends object>(row: T): Keyed<T> => ({ ...row, key: nextKey++ });
export const emptySlot = (timeZone = DEFAULT_TIME_ZONE): Keyed<Slot> => withKey({ start: '', end: '', timeZone });
export const emptyLanguage = (): Keyed<Language> => withKey({ language: '', level: '' });

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

export function toEditorValues(values: VacancyFormValues): EditorValues {
  return {
    ...values,
    shiftSlots: (values.shiftSlots.length ? values.shiftSlots : EMPTY_VALUES.shiftSlots).map(withKey),
    languages: (values.languages.length ? values.languages : EMPTY_VALUES.languages).map(withKey),
  };
}

/**
 * What the editor posts: the schema's input object. Details of a switched-off option (training,
 * KPIs, abroad) stay in the editor's state but are not sent, so unchecking a box never blocks saving.
 * Salary currency and period are only sent with an amount: they are preselected for convenience.
 */
export function toPayload(v: EditorValues): VacancyFormValues {
  const hasSalary = v.salaryFrom.trim() !== '' || v.salaryTo.trim() !== '';
  return {
    ...v,
    shiftSlots: v.shiftSlots.map(({ start, end, timeZone }) => ({ start, end, timeZone })),
    languages: v.languages.map(({ language, level }) => ({ language, level })),
    salaryCurrency: hasSalary ? v.salaryCurrency : '',
    salaryPeriod: hasSalary ? v.salaryPeriod : '',
    salaryGross: hasSalary ? v.salaryGross : '',
    trainingPaid: v.trainingProvided && v.trainingPaid,
    trainingDays: v.trainingProvided ? v.trainingDays : '',
    trainingNote: v.trainingProvided ? v.trainingNote : '',
    kpiConcurrentChats: v.hasKpi ? v.kpiConcurrentChats : '',
    kpiFirstResponseSec: v.hasKpi ? v.kpiFirstResponseSec : '',
    kpiNote: v.hasKpi ? v.kpiNote : '',
    abroadCountries: v.abroadAllowed ? v.abroadCountries : [],
    applyUrl: v.applyMode === 'url' ? v.applyUrl : '',
    applyEmail: v.applyMode === 'email' ? v.applyEmail : '',
  };
}

export type FieldErrors = Partial<Record<string, string[]>>;

/** Zod issues keyed by dotted path, the same way the server action reports them. */
export const issuesToFieldErrors = (error: z.ZodError): FieldErrors => fieldErrorsOf(error);

/** DOM id of a field's control and of its error message. */
export const fieldId = (path: string) => `vf-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

export type SetField = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => void;
export type SectionProps = { values: EditorValues; set: SetField };
/** A time zone offered in the slot rows: id, «Москва (GMT+3)» for the list, «Москва» for sentences. */
export type ZoneOption = { value: string; label: string; name: string };
