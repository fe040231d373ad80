// The inputs of /salaries and /api/v1/salaries, and the JSON the API answers.
import '@/lib/zod-setup';
import { z } from 'zod';
import { CURRENCIES, EXPERIENCES, INDUSTRIES, LANGUAGE_LEVELS, SCHEDULES, type Currency } from '@/lib/vocabularies';
import { parseStrictQuery } from '@/lib/api/params';
import { ApiOnlyParams, apiRegistry } from '@/lib/api/schemas';
import type { IgnoredParam } from '@/lib/vacancies/search-params';

export const SalaryCurrency = z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(CURRENCIES));

type RawParams = Record<string, string | string[] | undefined>;

/** The page's `?currency=`: RUB by default; a value that does not parse is ignored and reported, like the catalogue's. */
export function parseSalariesPageParams(raw: RawParams): { currency: Currency; ignored: IgnoredParam[] } {
  const value = [raw.currency ?? []].flat().find((v) => v.trim() !== '');
  if (value === undefined) return { currency: 'RUB', ignored: [] };
  const parsed = SalaryCurrency.safeParse(value);
  return parsed.success ? { currency: parsed.data, ignored: [] } : { currency: 'RUB', ignored: [{ param: 'currency', value: value.slice(0, 80) }] };
}

export const SalariesApiParams = {
  currency: SalaryCurrency.default('RUB').meta({ description: 'Currency of every figure: monthly amounts converted from roubles at the site’s rates.' }),
  locale: ApiOnlyParams.locale.meta({ description: 'Language of the catalogue links (`catalogueUrl`).' }),
} as const;

/** The same parameters as the OpenAPI document shows them (without the case-folding preprocess). */
export const SalariesParamsDoc = {
  currency: z.enum(CURRENCIES).default('RUB').meta({ description: 'Currency of every figure: monthly amounts converted from roubles at the site’s rates (case-insensitive).' }),
  locale: SalariesApiParams.locale,
} as const;

/** Strict: an unknown, repeated or unreadable parameter is an issue (a 400), as everywhere in /api/v1. */
export function parseSalariesApiQuery(url: URL) {
  return parseStrictQuery(url, SalariesApiParams);
}

// ───────────── answer ─────────────

const figure = z.number().nullable();
const statShape = {
  count: z.int().meta({ description: 'Vacancies with a salary behind the figures.' }),
  p25: figure.meta({ description: 'First quartile; null when fewer than 5 vacancies back it.' }),
  median: figure,
  p75: figure,
};
const link = z.url().nullable().meta({ description: 'The matching catalogue view; null when the catalogue has no such filter.' });

const ApiStat = z.object({ ...statShape, catalogueUrl: link });
const keyedStat = <K extends z.ZodType>(key: K) => z.object({ key, ...statShape, catalogueUrl: link });

export const ApiSalaries = z.object({
  computedAt: z.iso.datetime(),
  currency: z.enum(CURRENCIES),
  minSample: z.int(),
  basis: z.literal('monthlyMidpoint').meta({ description: 'Each vacancy counts with the middle of its salary range, normalized to a month.' }),
  live: z.int().meta({ description: 'Open vacancies; `overall.count` of them state a salary.' }),
  overall: ApiStat,
  byIndustry: z.array(keyedStat(z.enum(INDUSTRIES))),
  byLanguage: z.array(keyedStat(z.string()).extend({ levels: z.array(z.object({ key: z.enum(LANGUAGE_LEVELS), ...statShape })) })),
  bySchedule: z.array(keyedStat(z.enum(SCHEDULES))),
  byExperience: z.array(keyedStat(z.enum(EXPERIENCES))),
  byTraining: z.array(keyedStat(z.enum(['provided', 'none']))),
  byChannel: z.array(keyedStat(z.enum(['chatOnly', 'voice']))),
  histogram: z.object({
    width: z.number(),
    bins: z.array(z.object({ from: z.number(), to: z.number().nullable(), count: z.int(), catalogueUrl: link })),
  }),
  weekly: z.array(z.object({ week: z.iso.date(), ...statShape })),
  combinations: z.array(
    z.object({
      industry: z.enum(INDUSTRIES),
      language: z.string().nullable(),
      schedule: z.enum(SCHEDULES).nullable(),
      count: z.int(),
      p25: z.number(),
      median: z.number(),
      p75: z.number(),
    }),
  ),
}).register(apiRegistry, { id: 'Salaries' });
export type ApiSalaries = z.infer<typeof ApiSalaries>;
