import '@/lib/zod-setup';
import { z } from 'zod';
import { APPLY_MODES, CURRENCIES, EXPERIENCES, SALARY_PERIODS } from '@/lib/vocabularies';
import type { RiskInput } from './types';

// Arbitrary JSON (the CLI, old revision snapshots) → RiskInput. Lenient about what is missing (null, "",
// absent all mean "not given") and about extra keys; strict about values of the wrong kind, which are
// reported so the caller can fix the record rather than get a silently weaker score.

const absent = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const text = z.preprocess(absent, z.string().optional());
const amount = z.preprocess(absent, z.coerce.number().refine(Number.isFinite, 'expected a finite number').optional());
const flag = z.preprocess((v) => (v === 'true' || v === 'on' || v === '1' ? true : v === 'false' || v === '0' ? false : absent(v)), z.boolean().optional());
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(absent, z.enum(values).optional());

const company = z.object({
  name: text,
  website: text,
  legalName: text,
  taxId: z.preprocess((v) => (typeof v === 'number' ? String(v) : absent(v)), z.string().optional()),
  country: text,
  verified: flag,
});

export const riskInputSchema = z
  .object({
    title: text,
    description: text,
    experience: oneOf(EXPERIENCES),
    languages: z.preprocess(absent, z.array(z.object({ language: z.string(), level: text })).optional()),
    trainingProvided: flag,
    trainingPaid: flag,
    applyMode: oneOf(APPLY_MODES),
    applyUrl: text,
    applyEmail: text,
    salaryFrom: amount,
    salaryTo: amount,
    salaryCurrency: oneOf(CURRENCIES),
    salaryPeriod: oneOf(SALARY_PERIODS),
    hoursPerWeek: amount,
    shiftsPerWeek: amount,
    shiftPattern: text,
    trainingNote: text,
    kpiNote: text,
    equipmentNote: text,
    company: z.preprocess(absent, company.optional()),
  })
  .refine((v) => Boolean(v.title || v.description), { message: 'a title or a description is required', path: ['description'] });

export type ParsedRiskInput = { ok: true; value: RiskInput } | { ok: false; error: string };

/** Validates one record; the error names each bad field ("salaryFrom: expected a finite number"). */
export function parseRiskInput(value: unknown): ParsedRiskInput {
  const parsed = riskInputSchema.safeParse(value);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return { ok: false, error };
  }
  const { title, description, ...rest } = parsed.data;
  return { ok: true, value: { ...rest, title: title ?? '', description: description ?? '' } };
}
