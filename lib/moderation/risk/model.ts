import { normalize } from './text';
import type { RiskInput } from './types';

// A small statistical model next to the rules (docs/decisions/011): logistic regression over hashed
// character 3–5-grams of the ad's normalized text, trained on labelled ads (the corpus plus the moderators'
// decisions, lib/moderation/risk-examples.server.ts). Pure and deterministic: the same examples in any
// order give the same weights, and nothing here touches the database or the clock.
//
// Character n-grams rather than words: they see through Russian endings ("оплатите", "оплату"), typos and
// look-alike letters without a stemmer, and they cost nothing to compute. Hashed into 2^18 buckets, so the
// model is one Float64Array whatever the vocabulary.

export type RiskLabelName = 'honest' | 'scam';
export type LabelledInput = { input: RiskInput; label: RiskLabelName };

export type ModelKind = 'logistic' | 'bayes';
export type TrainOptions = {
  kind?: ModelKind;
  /** Full-batch gradient steps (logistic). */
  epochs?: number;
  /** Step size (logistic). */
  rate?: number;
  /** L2 penalty (logistic). */
  l2?: number;
};

export type RiskModel = {
  kind: ModelKind;
  /** How many examples of each label it learned from. */
  trainedOn: { honest: number; scam: number };
  weights: Float64Array;
  bias: number;
};

const BITS = 18;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
const MIN_N = 3;
const MAX_N = 5;

export const MODEL_DEFAULTS = { kind: 'logistic', epochs: 150, rate: 2, l2: 1e-4 } as const satisfies Required<TrainOptions>;

/** The text the model reads: the ad's own words (title, description, notes), not the company's name. */
export function modelText(input: RiskInput): string {
  const parts = [input.title, input.description, input.trainingNote, input.kpiNote, input.equipmentNote];
  return normalize(parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' '))
    .toLowerCase()
    // Amounts differ ad to ad; their shape ("0 000 ₽") is what repeats.
    .replace(/\d/g, '0')
    .replace(/[^\p{L}\p{N}₽$€@+%]+/gu, ' ')
    .trim();
}

/** FNV-1a over the UTF-16 units of s[start, end). */
function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sparse binary features, L2-normalized: bucket indexes (sorted, distinct) and the common value. */
export type Features = { index: Uint32Array; value: number };

export function featuresOf(input: RiskInput): Features {
  const text = ` ${modelText(input)} `;
  const seen = new Set<number>();
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= text.length; i++) seen.add(hash(text, i, i + n) & MASK);
  }
  const index = Uint32Array.from(seen).sort();
  return { index, value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function dot(weights: Float64Array, f: Features): number {
  let sum = 0;
  for (const i of f.index) sum += weights[i]!;
  return sum * f.value;
}

function trainLogistic(data: { f: Features; y: number }[], epochs: number, rate: number, l2: number) {
  const weights = new Float64Array(SIZE);
  const grad = new Float64Array(SIZE);
  const touched = new Set<number>();
  for (const { f } of data) for (const i of f.index) touched.add(i);
  const used = Uint32Array.from(touched).sort();
  const n = data.length;
  // Classes weighted to count equally, so a database with mostly approvals does not teach "always honest".
  const scams = data.filter((d) => d.y === 1).length;
  const classWeight = (y: number) => (y === 1 ? n / (2 * Math.max(1, scams)) : n / (2 * Math.max(1, n - scams)));
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let gradBias = 0;
    for (const { f, y } of data) {
      const err = (sigmoid(dot(weights, f) + bias) - y) * classWeight(y);
      gradBias += err;
      const g = err * f.value;
      for (const i of f.index) grad[i]! += g;
    }
    for (const i of used) weights[i]! -= rate * (grad[i]! / n + l2 * weights[i]!);
    bias -= rate * (gradBias / n);
  }
  return { weights, bias };
}

function trainBayes(data: { f: Features; y: number }[]) {
  // Multinomial naive Bayes on presence counts, Laplace-smoothed; the weight of a bucket is its log ratio.
  const counts = [new Float64Array(SIZE), new Float64Array(SIZE)] as const;
  const totals = [0, 0];
  for (const { f, y } of data) {
    for (const i of f.index) counts[y]![i]! += 1;
    totals[y]! += f.index.length;
  }
  const weights = new Float64Array(SIZE);
  const denom = [Math.log(totals[0]! + SIZE), Math.log(totals[1]! + SIZE)];
  for (let i = 0; i < SIZE; i++) {
    if (counts[0]![i] === 0 && counts[1]![i] === 0) continue;
    weights[i] = Math.log(counts[1]![i]! + 1) - denom[1]! - (Math.log(counts[0]![i]! + 1) - denom[0]!);
  }
  // Bayes sums one term per feature: scaled back by the norm (see predict) it stays a usable log-odds.
  return { weights, bias: 0 };
}

/** Deterministic: the examples are put in a canonical order first, so their order does not matter. */
export function trainModel(examples: readonly LabelledInput[], options: TrainOptions = {}): RiskModel {
  const { kind, epochs, rate, l2 } = { ...MODEL_DEFAULTS, ...options };
  const rows = examples
    .map((e) => ({ key: `${e.label}\u0000${modelText(e.input)}`, f: featuresOf(e.input), y: e.label === 'scam' ? 1 : 0 }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const trainedOn = { honest: rows.filter((r) => r.y === 0).length, scam: rows.filter((r) => r.y === 1).length };
  if (trainedOn.honest === 0 || trainedOn.scam === 0) throw new Error('trainModel needs examples of both labels');
  const { weights, bias } = kind === 'bayes' ? trainBayes(rows) : trainLogistic(rows, epochs, rate, l2);
  return { kind, trainedOn, weights, bias };
}

/** The model's probability that the ad is a scam, 0–1. */
export function predictScam(model: RiskModel, input: RiskInput): number {
  const f = featuresOf(input);
  // Bayes' log-ratio sum grows with the ad's length; multiplying by the norm (1/√n) keeps it comparable.
  return sigmoid(dot(model.weights, f) + model.bias);
}

/**
 * The words of the text that pushed the model towards "scam" the most, as exact substrings of `raw`
 * (for the reason's highlighted phrases). Only words with a clearly positive pull, at most `limit`.
 */
export function telltaleWords(model: RiskModel, raw: string, limit = 5): string[] {
  const scored: { word: string; pull: number }[] = [];
  const seen = new Set<string>();
  for (const m of raw.matchAll(/\p{L}[\p{L}\p{N}'-]{3,}/gu)) {
    const word = m[0];
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const f = featuresOf({ title: '', description: word });
    const pull = dot(model.weights, f);
    if (pull > 0) scored.push({ word, pull });
  }
  scored.sort((a, b) => b.pull - a.pull || (a.word < b.word ? -1 : 1));
  const top = scored[0]?.pull ?? 0;
  return scored.filter((s) => s.pull >= top / 3).slice(0, limit).map((s) => s.word);
}
