import { predictScam, trainModel, type LabelledInput, type RiskModel, type TrainOptions } from './model';
import { RISK_THRESHOLD, scoreVacancy } from './score';
import type { RiskInput } from './types';

// Precision and recall of the scorers on labelled ads (npm run risk:eval, the admin overview, the tests).

export type Confusion = { count: number; tp: number; fp: number; fn: number; tn: number; precision: number | null; recall: number | null };

/** Counts and ratios; a ratio with nothing to divide by is null ("no flagged ads yet"), not 0 or NaN. */
export function confusion(rows: readonly { label: 'honest' | 'scam'; flagged: boolean }[]): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.label === 'scam') {
      if (r.flagged) tp++;
      else fn++;
    } else if (r.flagged) fp++;
    else tn++;
  }
  return { count: rows.length, tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

export const SCORERS = ['rules', 'model', 'combined'] as const;
export type ScorerName = (typeof SCORERS)[number];

/** Whether one scorer flags the ad: rules alone, the model alone (p ≥ ½), or the rules with the model as a signal. */
export function flags(scorer: ScorerName, input: RiskInput, model: RiskModel | undefined): boolean {
  if (scorer === 'rules') return scoreVacancy(input).flagged;
  if (!model) throw new Error(`The ${scorer} scorer needs a model`);
  if (scorer === 'model') return predictScam(model, input) >= 0.5;
  return scoreVacancy(input, { model }).score >= RISK_THRESHOLD;
}

export function evaluate(scorer: ScorerName, examples: readonly LabelledInput[], model?: RiskModel): Confusion {
  return confusion(examples.map((e) => ({ label: e.label, flagged: flags(scorer, e.input, model) })));
}

/** A stable pseudo-random order from a string (FNV-1a), so folds do not follow the corpus's file order. */
function stableKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * k-fold cross-validation, stratified by label: each ad is scored by a model that never saw it. `extra`
 * examples (the database's) are added to every training fold but never scored here. Returns the pooled
 * confusion of every scorer over all folds.
 */
export function crossValidate(
  examples: readonly (LabelledInput & { id: string })[],
  k = 5,
  options: TrainOptions = {},
  extra: readonly LabelledInput[] = [],
): Record<ScorerName, Confusion> {
  const fold = new Map<string, number>();
  for (const label of ['honest', 'scam'] as const) {
    const ids = examples.filter((e) => e.label === label).map((e) => e.id).sort((a, b) => stableKey(a) - stableKey(b) || (a < b ? -1 : 1));
    ids.forEach((id, i) => fold.set(id, i % k));
  }
  const rows = Object.fromEntries(SCORERS.map((s) => [s, [] as { label: 'honest' | 'scam'; flagged: boolean }[]])) as Record<
    ScorerName,
    { label: 'honest' | 'scam'; flagged: boolean }[]
  >;
  for (let f = 0; f < k; f++) {
    const test = examples.filter((e) => fold.get(e.id) === f);
    if (test.length === 0) continue;
    const model = trainModel([...examples.filter((e) => fold.get(e.id) !== f), ...extra], options);
    for (const e of test) for (const s of SCORERS) rows[s].push({ label: e.label, flagged: flags(s, e.input, model) });
  }
  return Object.fromEntries(SCORERS.map((s) => [s, confusion(rows[s])])) as Record<ScorerName, Confusion>;
}

export type EvalSet = {
  /** How many labelled ads the figures rest on. */
  count: number;
  /** The score stored at decision time (database examples only; those decided without a score are left out). */
  stored?: Confusion;
  /** Rules, model, rules + model; the model's figures are always on ads it did not learn from. */
  scorers: Record<ScorerName, Confusion>;
};
export type EvalReport = { threshold: number; folds: number; decided: EvalSet | null; corpus: EvalSet };

/**
 * risk:eval's figures. (a) The decided ads: the rules re-scored as they are now, the score the moderators
 * saw, and the model by k-fold cross-validation over the decided ads with the corpus always in training;
 * (b) the corpus: the rules (tuned on it, so optimistic) and the model by k-fold with the decided ads always
 * in training. `decided` is null when the database holds no examples yet.
 */
export function evaluateExamples(
  decided: readonly (LabelledInput & { id: string; riskScore?: number | null })[],
  corpus: readonly (LabelledInput & { id: string })[],
  folds = 5,
  options: TrainOptions = {},
): EvalReport {
  const corpusCv = crossValidate(corpus, folds, options, decided);
  const corpusSet: EvalSet = { count: corpus.length, scorers: { ...corpusCv, rules: evaluate('rules', corpus) } };
  if (decided.length === 0) return { threshold: RISK_THRESHOLD, folds, decided: null, corpus: corpusSet };
  // With fewer ads than folds, every ad is its own fold (leave-one-out).
  const decidedCv = crossValidate(decided, Math.min(folds, decided.length), options, corpus);
  const scored = decided.filter((e) => typeof e.riskScore === 'number');
  return {
    threshold: RISK_THRESHOLD,
    folds,
    decided: {
      count: decided.length,
      stored: confusion(scored.map((e) => ({ label: e.label, flagged: (e.riskScore as number) >= RISK_THRESHOLD }))),
      scorers: { ...decidedCv, rules: evaluate('rules', decided) },
    },
    corpus: corpusSet,
  };
}
