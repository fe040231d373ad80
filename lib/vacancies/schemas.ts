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

// The vacancy editor's one schema: the form validates with it in the browser, the actions on the server.
// Messages are keys under `vacancyForm.errors`.
const E = (key: string) => `vacancyForm.errors.${key}`;

/** HTML forms send "" for an empty field: treat it as absent. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, E('tooLong')).optional());
const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).int(E('wholeNumber')).min(min, E('tooSmall')).max(max, E('tooLarge')).optional());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

const time = z.string().refine((v) => parseTime(v) !== null, E('time'));

export const ShiftSlotInput = z.object({
  start: time,
  end: time,
  timeZone: z.string().refine(isValidTimeZone, E('timeZone')),
});

export const LanguageInput = z.object({
  language: z.string().regex(/^[a-z]{2}$/, E('language')),
  level: z.enum(LANGUAGE_LEVELS, { error: E('level') }),
});

export const VacancyInputSchema = z
  .object({
    title: z.string().trim().min(5, E('titleTooShort')).max(120, E('titleTooLong')),
    description: z.string().trim().min(50, E('descriptionTooShort')).max(10_000, E('descriptionTooLong')),
    industry: z.enum(INDUSTRIES, { error: E('choose') }),
    schedule: z.enum(SCHEDULES, { error: E('choose') }),
    employment: z.enum(EMPLOYMENTS, { error: E('choose') }),
    experience: z.enum(EXPERIENCES, { error: E('choose') }),
    languages: z.array(LanguageInput).min(1, E('languagesRequired')).max(10, E('tooMany'))
      .refine((list) => new Set(list.map((l) => l.language)).size === list.length, E('languageTwice')),

    salaryFrom: z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).min(0, E('tooSmall')).max(1_000_000_000, E('tooLarge')).optional()),
    salaryTo: z.preprocess(blankToUndefined, z.coerce.number({ error: E('number') }).min(0, E('tooSmall')).max(1_000_000_000, E('tooLarge')).optional()),
    salaryCurrency: z.preprocess(blankToUndefined, z.enum(CURRENCIES, { error: E('choose') }).optional()),
    salaryPeriod: z.preprocess(blankToUndefined, z.enum(SALARY_PERIODS, { error: E('choose') }).optional()),
    salaryGross: z.preprocess(blankToUndefined, z.enum(['gross', 'net'], { error: E('choose') }).optional()),

    shiftSlots: z.array(ShiftSlotInput).min(1, E('slotsRequired')).max(6, E('tooMany')),
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
    abroadCountries: z.array(z.string().regex(/^[A-Z]{2}$/, E('country'))).max(60, E('tooMany')).default([]),
    contractTypes: z.array(z.enum(CONTRACT_TYPES, { error: E('choose') })).min(1, E('contractRequired')),

    applyMode: z.enum(APPLY_MODES, { error: E('choose') }),
    applyUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: E('url') }).max(500, E('tooLong')).optional()),
    applyEmail: z.preprocess(blankToUndefined, z.email(E('email')).max(254, E('tooLong')).optional()),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, key: string) => ctx.addIssue({ code: 'custom', path: [path], message: E(key) });
    const hasAmount = v.salaryFrom !== undefined || v.salaryTo !== undefined;
    if (hasAmount && !v.salaryCurrency) issue('salaryCurrency', 'currencyRequired');
    if (hasAmount && !v.salaryPeriod) issue('salaryPeriod', 'periodRequired');
    if (v.salaryFrom !== undefined && v.salaryTo !== undefined && v.salaryFrom > v.salaryTo) issue('salaryTo', 'salaryOrder');
    if (v.applyMode === 'url' && !v.applyUrl) issue('applyUrl', 'urlRequired');
    if (v.applyMode === 'email' && !v.applyEmail) issue('applyEmail', 'emailRequired');
    if (!v.trainingProvided && (v.trainingPaid || v.trainingDays !== undefined)) issue('trainingProvided', 'trainingDetailsWithoutTraining');
    if (!v.abroadAllowed && v.abroadCountries.length) issue('abroadCountries', 'countriesWithoutAbroad');
  });

export type VacancyInput = z.infer<typeof VacancyInputSchema>;
