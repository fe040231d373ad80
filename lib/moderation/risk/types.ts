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
  // Added after the fourth blind set's misses (docs/decisions/011).
  'taskScam',
  'pyramid',
  // The statistical model (./model.ts), when the caller passes one: how much the text resembles ads the
  // moderators turned down.
  'resemblesRejected',
  // Board-wide checks (lib/moderation/board): they compare the ad with the rest of the board, so they live
  // outside the pure scorer and carry links to the other ads instead of phrases.
  'contactBlocked',
  'nearDuplicate',
  'contactOfFlaggedAd',
  'contactReused',
  'ownRejectedRepost',
  'ownLiveDuplicate',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** Codes the pure text scorer (scoreVacancy) can emit; the rest come from the board-wide checks. */
export const BOARD_RISK_CODES = ['contactBlocked', 'nearDuplicate', 'contactOfFlaggedAd', 'contactReused', 'ownRejectedRepost', 'ownLiveDuplicate'] as const satisfies readonly RiskCode[];

export const CONTACT_KINDS = ['phone', 'telegram', 'email', 'domain'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

const VACANCY_STATUSES = ['draft', 'pending', 'published', 'rejected', 'closed', 'expired', 'removed'] as const;

/** Another ad a board-wide reason points at, as it stood when the submission was checked. */
export const riskLinkSchema = z.object({
  vacancyId: z.string(),
  title: z.string(),
  companyName: z.string(),
  status: z.enum(VACANCY_STATUSES),
  /** When it reached that status (removed, rejected, closed, expired) or was submitted; ISO 8601. */
  at: z.string().nullable(),
  /** The moderator's reason when it was removed or rejected. */
  reason: z.string().nullable().optional(),
  /** Its company is blocked. */
  companyBlocked: z.boolean().optional(),
  /** Open or upheld scam reports on it. */
  reports: z.number().int().min(0).optional(),
  /** Estimated share of the text in common (Jaccard over word 3-shingles), 0–1. */
  similarity: z.number().min(0).max(1).optional(),
  /** The contact it shares with the submission. */
  contact: z.object({ kind: z.enum(CONTACT_KINDS), value: z.string() }).optional(),
});
export type RiskLink = z.infer<typeof riskLinkSchema>;

export const riskReasonSchema = z.object({
  code: z.enum(RISK_CODES),
  weight: z.number().int().min(0).max(100),
  /** Exact substrings of the scored text, for highlighting; empty when the signal comes from a field value. */
  phrases: z.array(z.string()),
  /** The model's reason: its probability that the ad is a scam, 0–1. */
  probability: z.number().min(0).max(1).optional(),
  /** Board-wide reasons: the contact in question (normalized, e.g. "+79001234567", "@handle", "example.com"). */
  contact: z.object({ kind: z.enum(CONTACT_KINDS), value: z.string() }).optional(),
  /** Board-wide reasons: the admin's reason for blocking the contact. */
  note: z.string().optional(),
  /** Board-wide reasons: every contact in question (`contact` is the first), with the admin's reason when blocked. */
  contacts: z.array(z.object({ kind: z.enum(CONTACT_KINDS), value: z.string(), note: z.string().optional() })).optional(),
  /** Board-wide reasons: the other ads, most telling first. */
  links: z.array(riskLinkSchema).optional(),
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
