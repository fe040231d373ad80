import '@/lib/zod-setup';
import { z } from 'zod';
import type { ApplyMode, Currency, Experience, SalaryPeriod } from '@/lib/vocabularies';

/** Stable ids of the scam signals; labels live in messages (`moderation.risk.<code>`). */
export const RISK_CODES = [
  'upfrontPayment',
  'deposit',
  'personalData',
  'moneyMule',
  'messengerOnly',
  'linkShortener',
  'payAboveMarket',
  'riskyClient',
  'tooGoodToBeTrue',
  'missingCompanyDetails',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

export const riskReasonSchema = z.object({
  code: z.enum(RISK_CODES),
  weight: z.number().int().min(0).max(100),
  /** Exact substrings of the scored text, for highlighting; empty when the signal comes from a field value. */
  phrases: z.array(z.string()),
});
/** Reads `riskReasons` JSON back from the database. */
export const riskReasonsSchema = z.array(riskReasonSchema);

export type RiskReason = z.infer<typeof riskReasonSchema>;
export type RiskResult = { score: number; flagged: boolean; reasons: RiskReason[] };

export type RiskCompany = {
  name?: string | null;
  website?: string | null;
  legalName?: string | null;
  taxId?: string | null;
  country?: string | null;
  verified?: boolean | null;
};

/** Vacancy-shaped input: VacancyInput plus its company; everything but the texts may be missing. */
export type RiskInput = {
  title: string;
  description: string;
  experience?: Experience | null;
  languages?: { language: string; level?: string | null }[] | null;
  trainingProvided?: boolean | null;
  trainingPaid?: boolean | null;
  applyMode?: ApplyMode | null;
  applyUrl?: string | null;
  applyEmail?: string | null;
  salaryFrom?: number | null;
  salaryTo?: number | null;
  salaryCurrency?: Currency | null;
  salaryPeriod?: SalaryPeriod | null;
  hoursPerWeek?: number | null;
  shiftsPerWeek?: number | null;
  shiftPattern?: string | null;
  trainingNote?: string | null;
  kpiNote?: string | null;
  equipmentNote?: string | null;
  company?: RiskCompany | null;
};
