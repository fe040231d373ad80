import type { Rates } from '@/lib/salary/normalize';
import { detectMissingCompanyDetails } from './signals/company';
import { detectLinkShortener, detectMessengerOnly } from './signals/contacts';
import { detectRiskyClient, detectTooGoodToBeTrue } from './signals/content';
import type { Detection } from './signals/detection';
import { completeRates, detectPayAboveMarket } from './signals/pay-level';
import { detectDeposit, detectMoneyMule, detectUpfrontPayment } from './signals/payments';
import { detectPersonalData } from './signals/personal-data';
import { detectResemblance } from './signals/resemblance';
import { detectPyramid, detectTaskScam } from './signals/schemes';
import type { RiskModel } from './model';
import { makeText } from './text';
import { RISK_CODES, type RiskInput, type RiskResult } from './types';

/**
 * Scores at or above this are flagged for the admin. Chosen on the blind first runs of the holdouts
 * (risk-corpus.ts): 40 caught twice as many unseen scams as 50 at no cost in precision, and every ad is
 * reviewed by an admin anyway, so a false flag costs a closer look, a missed one a defrauded candidate.
 */
export const RISK_THRESHOLD = 40;

/**
 * Signals combine like independent pieces of evidence ("noisy OR"):
 *   score = round(100 × (1 − Π (1 − weight_i / 100)))
 * so the score stays within 0–100, one strong signal (a training fee, 60; a deposit, 55) flags an ad by
 * itself, and weak ones (no website, 12; a Telegram contact next to the site form, 12) flag only in company:
 * a messenger-only contact (30) with an unknown company (12) scores 38, adding one lure (15) makes 47.
 */
export function combineWeights(weights: readonly number[]): number {
  const clean = weights.map((w) => Math.min(100, Math.max(0, Number.isFinite(w) ? w : 0)));
  const miss = clean.reduce((acc, w) => acc * (1 - w / 100), 1);
  return Math.round(100 * (1 - miss));
}

export type ScoreOptions = {
  rates?: Partial<Rates>;
  /** The statistical model (./model.ts); without it the score is the rules' alone. */
  model?: RiskModel;
};

export function scoreVacancy(input: RiskInput, options: ScoreOptions = {}): RiskResult {
  const rates = completeRates(options.rates);
  const company = input.company ?? undefined;
  const text = makeText([input.title, input.description, input.trainingNote, input.kpiNote, input.equipmentNote, company?.name]);
  const detections = [
    detectUpfrontPayment(text),
    detectDeposit(text),
    detectPersonalData(text),
    detectMoneyMule(text),
    detectTaskScam(text),
    detectPyramid(text),
    detectMessengerOnly(text, input),
    detectLinkShortener(text, input),
    detectPayAboveMarket(input, text, rates),
    detectRiskyClient(text),
    detectTooGoodToBeTrue(text),
    detectMissingCompanyDetails(input),
    options.model ? detectResemblance(options.model, input, text) : null,
  ].filter((d): d is Detection => d !== null && d.weight > 0);
  // Heaviest first, then the fixed code order, so the same ad always yields the same JSON.
  detections.sort((a, b) => b.weight - a.weight || RISK_CODES.indexOf(a.code) - RISK_CODES.indexOf(b.code));
  const score = combineWeights(detections.map((d) => d.weight));
  return { score, flagged: score >= RISK_THRESHOLD, reasons: detections };
}
