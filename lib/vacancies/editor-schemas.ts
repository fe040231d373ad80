import '@/lib/zod-setup';
import { z } from 'zod';
import { isValidTimeZone, parseTime } from '@/lib/shifts/fit';
import {
  APPLY_MODES,
  CONTRACT_TYPES,
  CURRENCIES,
  EMPLOYMENTS,
  EXPERIENCES,
  INDUSTRIES,
  LANGUAGE_LEVELS,
  SALARY_PERIODS,
  SCHEDULES,
} from '@/lib/vocabularies';

// The vacancy editor's schemas: the form validates with them in the browser, the actions on the server.
// A draft needs only its title (VacancyDraftSchema); what goes to review needs everything (VacancyInputSchema).
// Messages are keys under `vacancyForm.errors`.
const E = (key: string) => `vacancyForm.errors.${key}`;

/** HTML forms send "" for an empty field: treat it as absent. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, E('tooLong')).optional());
const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).int(E('wholeNumber')).min(min, E('tooSmall')).max(max, E('tooLarge')).optional());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankToUndefined, z.enum(values, { error: E('choose') }).optional());
const isChecked = (v: unknown) => v === true || v === 'on' || v === 'true' || v === '1';
const checkbox = z.preprocess(isChecked, z.boolean());
/** A form sends one value of a repeated field as a string, none as nothing. */
const asList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

const time = z.string({ error: E('time') }).refine((v) => parseTime(v) !== null, E('time'));

export const ShiftSlotInput = z.object({
  start: time,
  end: time,
  timeZone: z.string({ error: E('timeZone') }).refine(isValidTimeZone, E('timeZone')),
});

export const LanguageInput = z.object({
  language: z.string({ error: E('language') }).regex(/^[a-z]{2}$/, E('language')),
  level: z.enum(LANGUAGE_LEVELS, { error: E('level') }),
});

const uniqueLanguages = (list: { language: string }[]) => new Set(list.map((l) => l.language)).size === list.length;

/** Fields checked the same way in a draft and on submit. */
const commonFields = {
  title: z.string({ error: E('titleTooShort') }).trim().min(5, E('titleTooShort')).max(120, E('titleTooLong')),

  salaryFrom: z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).min(0, E('tooSmall')).max(1_000_000_000, E('tooLarge')).optional()),
  salaryTo: z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).min(0, E('tooSmall')).max(1_000_000_000, E('tooLarge')).optional()),
  salaryCurrency: optionalEnum(CURRENCIES),
  salaryPeriod: optionalEnum(SALARY_PERIODS),
  salaryGross: optionalEnum(['gross', 'net'] as const),

  shiftPattern: z.preprocess(blankToUndefined, z.string().regex(/^\d{1,2}\/\d{1,2}$/, E('pattern')).optional()),
  shiftsPerWeek: optionalInt(1, 7),
  hoursPerWeek: optionalInt(1, 84),
  nightShifts: checkbox,
  weekendWork: checkbox,

  trainingProvided: checkbox,
  trainingPaid: checkbox,
  trainingDays: optionalInt(1, 90),
  trainingNote: optionalText(300),

  hasKpi: checkbox,
  kpiConcurrentChats: optionalInt(1, 20),
  kpiFirstResponseSec: optionalInt(5, 3600),
  kpiNote: optionalText(300),

  voiceRequired: checkbox,
  equipmentProvided: checkbox,
  minInternetMbps: optionalInt(1, 1000),
  equipmentNote: optionalText(300),

  abroadAllowed: checkbox,
  abroadCountries: z.preprocess(asList, z.array(z.string().regex(/^[A-Z]{2}$/, E('country'))).max(60, E('tooMany'))),

  applyUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: E('url') }).max(500, E('tooLong')).optional()),
  applyEmail: z.preprocess(blankToUndefined, z.email(E('email')).max(254, E('tooLong')).optional()),
};

const languageList = (min: number) =>
  z.preprocess(asList, z.array(LanguageInput).min(min, E('languagesRequired')).max(10, E('tooMany')).refine(uniqueLanguages, E('languageTwice')));
const slotList = (min: number) => z.preprocess(asList, z.array(ShiftSlotInput).min(min, E('slotsRequired')).max(6, E('tooMany')));
const contractList = (min: number) => z.preprocess(asList, z.array(z.enum(CONTRACT_TYPES, { error: E('choose') })).min(min, E('contractRequired')));

/** What review needs: every field a candidate relies on. */
const fullFields = {
  ...commonFields,
  description: z.string({ error: E('descriptionTooShort') }).trim().min(50, E('descriptionTooShort')).max(10_000, E('descriptionTooLong')),
  industry: z.enum(INDUSTRIES, { error: E('choose') }),
  schedule: z.enum(SCHEDULES, { error: E('choose') }),
  employment: z.enum(EMPLOYMENTS, { error: E('choose') }),
  experience: z.enum(EXPERIENCES, { error: E('choose') }),
  languages: languageList(1),
  shiftSlots: slotList(1),
  contractTypes: contractList(1),
  applyMode: z.enum(APPLY_MODES, { error: E('choose') }),
};

/** A draft: the same checks for what is filled in, nothing required but the title. */
const draftFields = {
  ...commonFields,
  description: z.preprocess(blankToUndefined, z.string().trim().max(10_000, E('descriptionTooLong')).optional()),
  industry: optionalEnum(INDUSTRIES),
  schedule: optionalEnum(SCHEDULES),
  employment: optionalEnum(EMPLOYMENTS),
  experience: optionalEnum(EXPERIENCES),
  languages: languageList(0),
  shiftSlots: slotList(0),
  contractTypes: contractList(0),
  applyMode: optionalEnum(APPLY_MODES),
};

type CrossCheckable = {
  salaryFrom?: number; salaryTo?: number; salaryCurrency?: string; salaryPeriod?: string; applyMode?: string; applyUrl?: string; applyEmail?: string;
  trainingProvided: boolean; trainingPaid: boolean; trainingDays?: number; abroadAllowed: boolean; abroadCountries: string[];
};

const crossChecks = (mode: 'draft' | 'full') => (v: CrossCheckable, ctx: z.RefinementCtx) => {
  const issue = (path: string, key: string) => ctx.addIssue({ code: 'custom', path: [path], message: E(key) });
  const hasAmount = v.salaryFrom !== undefined || v.salaryTo !== undefined;
  if (hasAmount && !v.salaryCurrency) issue('salaryCurrency', 'currencyRequired');
  if (hasAmount && !v.salaryPeriod) issue('salaryPeriod', 'periodRequired');
  if (v.salaryFrom !== undefined && v.salaryTo !== undefined && v.salaryFrom > v.salaryTo) issue('salaryTo', 'salaryOrder');
  if (mode === 'full' && v.applyMode === 'url' && !v.applyUrl) issue('applyUrl', 'urlRequired');
  if (mode === 'full' && v.applyMode === 'email' && !v.applyEmail) issue('applyEmail', 'emailRequired');
  if (!v.trainingProvided && (v.trainingPaid || v.trainingDays !== undefined)) issue('trainingProvided', 'trainingDetailsWithoutTraining');
  if (!v.abroadAllowed && v.abroadCountries.length) issue('abroadCountries', 'countriesWithoutAbroad');
};

/** Everything a vacancy needs to go to review (and what a revision of a published one stores). */
export const VacancyInputSchema = z.object(fullFields).superRefine(crossChecks('full'));
export type VacancyInput = z.infer<typeof VacancyInputSchema>;

/** A draft: the title, and whatever else is filled in, each checked as it would be on submit. */
export const VacancyDraftSchema = z.object(draftFields).superRefine(crossChecks('draft'));
export type VacancyDraft = z.infer<typeof VacancyDraftSchema>;

const row = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The editor's form as the schemas read it. Without JavaScript the details of a switched-off option
 * (training, KPIs, abroad, the other apply modes, currency with no amount) are still in the form, only hidden:
 * they are dropped here, so unchecking a box never blocks saving. Rows left entirely empty are dropped too.
 */
export function fromEditorForm(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const v: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const drop = (...keys: string[]) => keys.forEach((k) => delete v[k]);
  if (!isChecked(v.trainingProvided)) drop('trainingPaid', 'trainingDays', 'trainingNote');
  if (!isChecked(v.hasKpi)) drop('kpiConcurrentChats', 'kpiFirstResponseSec', 'kpiNote');
  if (!isChecked(v.abroadAllowed)) drop('abroadCountries');
  if (v.applyMode !== 'url') drop('applyUrl');
  if (v.applyMode !== 'email') drop('applyEmail');
  if (blank(v.salaryFrom) && blank(v.salaryTo)) drop('salaryCurrency', 'salaryPeriod', 'salaryGross');
  v.languages = asList(v.languages).filter((l) => !(blank(row(l).language) && blank(row(l).level)));
  v.shiftSlots = asList(v.shiftSlots).filter((s) => !(blank(row(s).start) && blank(row(s).end)));
  return v;
}

export const EDITOR_INTENTS = ['draft', 'submit'] as const;

/**
 * What the editor posts: the fields (draft rules), which button was pressed, the vacancy (or, for a new
 * one, its company) and the version the page was opened at. "Submit" holds the fields to the full rules.
 */
export const VacancyEditorSchema = z
  .preprocess(
    fromEditorForm,
    z.object({
      ...draftFields,
      intent: z.enum(EDITOR_INTENTS).catch('draft'),
      vacancyId: z.preprocess(blankToUndefined, z.uuid('editor.errors.stale').optional()),
      companyId: z.preprocess(blankToUndefined, z.uuid(E('choose')).optional()),
      version: z.preprocess(blankToUndefined, z.iso.datetime({ error: 'editor.errors.stale' }).optional()),
    }),
  )
  .superRefine((v, ctx) => {
    if (v.intent !== 'submit') return crossChecks('draft')(v, ctx);
    const full = VacancyInputSchema.safeParse(v);
    if (!full.success) for (const issue of full.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type VacancyEditorInput = z.infer<typeof VacancyEditorSchema>;
