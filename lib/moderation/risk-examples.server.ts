import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RiskCompany, RiskInput } from './risk/types';
import type { RejectionPreset } from './review-schemas';

// Labelled examples for the scam-risk scorer (docs/decisions/011): every moderator decision and every
// upheld report stores the text that was decided, its label and the score the moderators saw, in the
// decision's own transaction. risk:eval and the admin overview measure the scorer on them, and the
// statistical model (risk/model.ts) learns from them next to the corpus (reading: risk-examples-queries.ts).

export type RiskExampleLabel = 'honest' | 'scam';
export type RiskExampleSource = 'approval' | 'rejection' | 'removal' | 'report';

/**
 * Rejections that say "this is a scam" and so label the text one. The others (poorDescription,
 * missingCompanyDetails, duplicate, other) record nothing: the ad was neither a scam nor fit to publish,
 * and calling it honest would teach the model that, say, an ad from a company with no details is fine.
 * misleadingPay counts as a scam: income far above the market is the bait of fee and mule schemes, and
 * an honest employer who overstated pay is rare enough not to outweigh that.
 */
export const SCAM_REJECTION_PRESETS = ['upfrontPayment', 'personalData', 'contactOutside', 'prohibitedClient', 'misleadingPay'] as const satisfies readonly RejectionPreset[];

export function labelForRejection(preset: RejectionPreset): RiskExampleLabel | null {
  return (SCAM_REJECTION_PRESETS as readonly string[]).includes(preset) ? 'scam' : null;
}

const SNAPSHOT_KEYS = [
  'title', 'description', 'experience', 'languages', 'trainingProvided', 'trainingPaid', 'applyMode', 'applyUrl', 'applyEmail',
  'salaryFrom', 'salaryTo', 'salaryCurrency', 'salaryPeriod', 'hoursPerWeek', 'shiftsPerWeek', 'shiftPattern', 'trainingNote',
  'kpiNote', 'equipmentNote', 'company',
] as const satisfies readonly (keyof RiskInput)[];

/** Only the scorer's fields, without the absent ones: what is stored is what risk/input.ts reads back. */
export function riskSnapshot(input: RiskInput): Prisma.InputJsonObject {
  const out: Record<string, unknown> = {};
  for (const key of SNAPSHOT_KEYS) {
    const value = input[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return JSON.parse(JSON.stringify(out)) as Prisma.InputJsonObject;
}

async function companyOf(tx: Prisma.TransactionClient, companyId: string): Promise<RiskCompany> {
  const c = await tx.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { name: true, website: true, legalName: true, taxId: true, country: true, verifiedAt: true },
  });
  return { name: c.name, website: c.website, legalName: c.legalName, taxId: c.taxId, country: c.country, verified: c.verifiedAt !== null };
}

/** The vacancy's saved text and fields, with its company, as the scorer reads them. */
async function vacancySnapshot(tx: Prisma.TransactionClient, vacancyId: string): Promise<{ input: RiskInput; riskScore: number | null }> {
  const v = await tx.vacancy.findUniqueOrThrow({
    where: { id: vacancyId },
    select: {
      title: true, description: true, experience: true, trainingProvided: true, trainingPaid: true, applyMode: true, applyUrl: true,
      applyEmail: true, salaryFrom: true, salaryTo: true, salaryCurrency: true, salaryPeriod: true, hoursPerWeek: true,
      shiftsPerWeek: true, shiftPattern: true, trainingNote: true, kpiNote: true, equipmentNote: true, companyId: true, riskScore: true,
      languages: { select: { language: true, level: true } },
    },
  });
  const { companyId, salaryFrom, salaryTo, shiftsPerWeek, salaryCurrency, riskScore, ...rest } = v;
  const input: RiskInput = {
    ...rest,
    salaryFrom: salaryFrom === null ? null : Number(salaryFrom),
    salaryTo: salaryTo === null ? null : Number(salaryTo),
    shiftsPerWeek: shiftsPerWeek === null ? null : Number(shiftsPerWeek),
    salaryCurrency: salaryCurrency as RiskInput['salaryCurrency'],
    company: await companyOf(tx, companyId),
  };
  return { input, riskScore };
}

export type DecisionExample = {
  vacancyId: string;
  /** null: the decision says nothing about scams (a rejection for a poor description); nothing is recorded. */
  label: RiskExampleLabel | null;
  source: RiskExampleSource;
  decidedById: string;
  decidedAt?: Date;
  /**
   * What was decided when it is not the vacancy's saved text: a revision's data (VacancyInput) and its
   * score. Without it the vacancy's current row is the snapshot, with its stored score.
   */
  revision?: { data: unknown; riskScore: number | null };
};

/**
 * Records one labelled example inside the decision's transaction: call it after the decision's own
 * writes, once per decision. A revision snapshot the scorer cannot read is stored as it is (the decision
 * must not fail over it); risk:eval skips and counts such rows.
 */
export async function recordRiskExample(tx: Prisma.TransactionClient, example: DecisionExample): Promise<void> {
  if (example.label === null) return;
  let input: Prisma.InputJsonObject;
  let riskScore: number | null;
  if (example.revision) {
    const vacancy = await tx.vacancy.findUniqueOrThrow({ where: { id: example.vacancyId }, select: { companyId: true } });
    const data = (example.revision.data ?? {}) as Record<string, unknown>;
    input = riskSnapshot({ ...(data as unknown as RiskInput), company: await companyOf(tx, vacancy.companyId) });
    riskScore = example.revision.riskScore;
  } else {
    const snapshot = await vacancySnapshot(tx, example.vacancyId);
    input = riskSnapshot(snapshot.input);
    riskScore = snapshot.riskScore;
  }
  await tx.riskExample.create({
    data: {
      vacancyId: example.vacancyId,
      label: example.label,
      source: example.source,
      input,
      riskScore,
      decidedById: example.decidedById,
      ...(example.decidedAt ? { decidedAt: example.decidedAt } : {}),
    },
    select: { id: true },
  });
}
