// The open API's contract (/api/v1): the parameters it reads and the JSON it answers, as zod schemas.
// The route handlers parse with them, the tests check answers against them, and /api/v1/openapi.json is
// generated from them (lib/api/openapi.ts), so the document cannot drift from the code.
import '@/lib/zod-setup';
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '@/lib/vacancies/search-params';
import {
  CURRENCIES,
  EMPLOYMENTS,
  EXPERIENCES,
  INDUSTRIES,
  LANGUAGE_LEVELS,
  SALARY_PERIODS,
  SCHEDULES,
} from '@/lib/vocabularies';

/** Schemas that get a name in the OpenAPI document (components.schemas); the others are inlined. */
export const apiRegistry = z.registry<{ id: string }>();

/** Requests per window and address (lib/api/rate-limit.server.ts). */
export const API_RATE_LIMIT = { points: 120, windowSeconds: 60 } as const;

/** Seconds a client or a shared cache may keep an answer. */
export const API_MAX_AGE = 60;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const API_LOCALES = ['ru', 'en'] as const;
export type ApiLocale = (typeof API_LOCALES)[number];

// ───────────── parameters ─────────────

const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;

export type Cursor = { publishedAt: Date; id: string };

/** Opaque to clients: base64url of `<publishedAt in ms>:<id>`, the last item of the page before. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.publishedAt.getTime()}:${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(value: string): Cursor | null {
  if (!CURSOR_PATTERN.test(value)) return null;
  const match = /^(\d{1,15}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) return null;
  const publishedAt = new Date(Number(match[1]));
  return Number.isNaN(publishedAt.getTime()) ? null : { publishedAt, id: match[2]! };
}

/** The parameters only the API reads; the catalogue's own come from its parser (lib/vacancies/search-params.ts). */
export const ApiOnlyParams = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page, 1–${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .transform((value, ctx) => {
      const cursor = decodeCursor(value);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'Not a cursor from this API: pass `next` from the previous page as it is.' });
      return cursor ?? z.NEVER;
    })
    .optional()
    .meta({ description: 'Where the page starts: `next` from the previous answer. Leave out for the first page.' }),
  locale: z
    .enum(API_LOCALES)
    .default('ru')
    .meta({ description: 'Language of the page links (`url` fields): `ru` (the site root) or `en` (under /en).' }),
} as const;

const bool = z.enum(['1', '0', 'true', 'false']);
const many = <T extends z.ZodType>(item: T) => z.array(item);

/**
 * The catalogue's parameters as /vacancies reads them (PRODUCT.md, URL contract), for the document.
 * Parsing itself is parseCatalogueParams; a value it would ignore is a 400 here.
 */
export const CatalogueParamsDoc = {
  q: z.string().max(MAX_QUERY_LENGTH).meta({ description: 'Search over title, description and company (Russian and English stemming; the last word also matches as a prefix). Words naming a vocabulary value (a language, a schedule, «без опыта»…) also match that field, names of the profession match each other, and a query that finds nothing as typed is searched with typos and the keyboard layout corrected, as on /vacancies.' }),
  industry: many(z.enum(INDUSTRIES)).meta({ description: 'Industries; repeat the parameter for several (OR).' }),
  schedule: many(z.enum(SCHEDULES)).meta({ description: 'Schedules; repeat for several (OR).' }),
  employment: many(z.enum(EMPLOYMENTS)).meta({ description: 'Employment types; repeat for several (OR).' }),
  experience: many(z.enum(EXPERIENCES)).meta({ description: 'Experience levels; repeat for several (OR).' }),
  language: many(z.string().regex(/^[a-z]{2}$/)).meta({ description: 'Support languages (ISO 639-1); a vacancy matches if it needs any of them.' }),
  salaryFrom: z.int().min(0).max(1_000_000_000).meta({ description: 'Monthly amount in `currency`; matches vacancies whose normalized monthly range reaches it.' }),
  salaryTo: z.int().min(0).max(1_000_000_000).meta({ description: 'Monthly amount in `currency`, not below `salaryFrom`; matches ranges that start at or below it.' }),
  currency: z.enum(CURRENCIES).default('RUB').meta({ description: 'Currency of `salaryFrom` and `salaryTo`.' }),
  withSalary: bool.meta({ description: 'Only vacancies that state a salary.' }),
  training: bool.meta({ description: 'Only vacancies with training.' }),
  chatOnly: bool.meta({ description: 'Only chat work, no voice.' }),
  abroad: bool.meta({ description: 'Only vacancies that can be worked from abroad.' }),
  noNight: bool.meta({ description: 'No night shifts.' }),
  availableFrom: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).meta({ description: 'Start of your free hours, `HH:MM` in `tz`; with `availableTo`, matches vacancies with a shift inside that window (midnight crossings included).' }),
  availableTo: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).meta({ description: 'End of your free hours, `HH:MM` in `tz`.' }),
  tz: z.string().default('Europe/Moscow').meta({ description: 'IANA time zone of `availableFrom` and `availableTo`.' }),
  adLanguage: z.enum(['ru', 'en']).meta({ description: 'Only ads written in this language.' }),
  exact: bool.meta({ description: 'Search for `q` exactly as typed: no typo or keyboard-layout correction.' }),
  sort: z.enum(['new']).meta({ description: 'The API always lists the newest first; `new` is accepted, `salary` is not (cursors follow the publication date).' }),
} as const;

// ───────────── answers ─────────────

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const ApiCompany = z
  .object({ name: z.string(), slug: z.string(), url: z.url().meta({ description: 'The company page.' }) })
  .register(apiRegistry, { id: 'Company' });

export const ApiSalary = z
  .object({
    from: z.number().nullable(),
    to: z.number().nullable(),
    currency: z.enum(CURRENCIES),
    period: z.enum(SALARY_PERIODS),
    gross: z.boolean().nullable().meta({ description: 'true: before tax; false: take-home; null: not said.' }),
    minRubMonthly: z.int().nullable().meta({ description: 'The stated range normalized to roubles a month (what the salary filters compare).' }),
    maxRubMonthly: z.int().nullable(),
  })
  .meta({ description: 'As the employer stated it, plus the normalized monthly range in RUB.' })
  .register(apiRegistry, { id: 'Salary' });

export const ApiShift = z
  .object({
    start: time.meta({ description: 'Local start, HH:MM.' }),
    end: time.meta({ description: 'Local end, HH:MM; earlier than start means the shift crosses midnight, equal means 24 hours.' }),
    timeZone: z.string().meta({ description: 'IANA time zone, e.g. Europe/Moscow.' }),
  })
  .register(apiRegistry, { id: 'Shift' });

export const ApiVacancy = z
  .object({
    id: z.guid(),
    slug: z.string(),
    url: z.url().meta({ description: 'The vacancy page on ChatShift: link here when you show it.' }),
    title: z.string(),
    company: ApiCompany,
    salary: ApiSalary.nullable(),
    industry: z.enum(INDUSTRIES),
    schedule: z.enum(SCHEDULES),
    employment: z.enum(EMPLOYMENTS),
    experience: z.enum(EXPERIENCES),
    shiftPattern: z.string().nullable().meta({ description: 'Shifts on / days off, e.g. 2/2 or 5/2.' }),
    shifts: z.array(ApiShift),
    languages: z.array(z.object({ code: z.string().meta({ description: 'ISO 639-1.' }), level: z.enum(LANGUAGE_LEVELS) })),
    flags: z.object({
      chatOnly: z.boolean().meta({ description: 'No voice work.' }),
      training: z.boolean(),
      abroad: z.boolean().meta({ description: 'Can be worked from abroad.' }),
      nightShifts: z.boolean(),
      weekendWork: z.boolean(),
      equipmentProvided: z.boolean(),
    }),
    publishedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
  })
  .register(apiRegistry, { id: 'Vacancy' });

export const ApiVacancyList = z
  .object({
    items: z.array(ApiVacancy),
    total: z.int().min(0).meta({ description: 'How many vacancies match, over all pages.' }),
    limit: z.int().min(1).max(MAX_LIMIT),
    next: z.string().nullable().meta({ description: 'Cursor of the next page; null on the last one.' }),
    nextUrl: z.url().nullable().meta({ description: 'The next page with the same parameters; null on the last one.' }),
  })
  .register(apiRegistry, { id: 'VacancyList' });

export const ERROR_CODES = ['not_found', 'method_not_allowed', 'rate_limited', 'internal_error'] as const;

export const ApiError = z
  .object({ error: z.enum(ERROR_CODES), message: z.string() })
  .register(apiRegistry, { id: 'Error' });

export const ApiInvalidParameters = z
  .object({
    error: z.literal('invalid_parameters'),
    message: z.string(),
    issues: z.array(
      z
        .object({
          code: z.string(),
          path: z.array(z.union([z.string(), z.number()])).meta({ description: 'The parameter, e.g. ["salaryFrom"]; empty for the query as a whole.' }),
          message: z.string(),
          input: z.unknown().optional().meta({ description: 'The value received (shortened).' }),
        })
        .loose()
        .meta({ description: 'A zod issue.' }),
    ),
  })
  .register(apiRegistry, { id: 'InvalidParameters' });

export type ApiVacancyJson = z.infer<typeof ApiVacancy>;
export type ApiVacancyListJson = z.infer<typeof ApiVacancyList>;
export type ApiErrorCode = (typeof ERROR_CODES)[number];
