import { describe, expect, it } from 'vitest';
import { RISK_CORPUS } from '../risk-corpus';
import { confusion, crossValidate, evaluateExamples } from './evaluate';
import { featuresOf, modelText, predictScam, telltaleWords, trainModel, type LabelledInput } from './model';
import { RISK_THRESHOLD, scoreVacancy } from './score';
import { modelWeight } from './signals/resemblance';

const byId = (id: string) => RISK_CORPUS.find((e) => e.id === id)!;
const model = trainModel(RISK_CORPUS);

describe('the statistical model', () => {
  it('trains deterministically, whatever the order of the examples', () => {
    const reversed = trainModel([...RISK_CORPUS].reverse());
    expect(reversed.bias).toBe(model.bias);
    expect(reversed.weights).toEqual(model.weights);
    expect(model.trainedOn).toEqual({ honest: RISK_CORPUS.filter((e) => e.label === 'honest').length, scam: RISK_CORPUS.filter((e) => e.label === 'scam').length });
  });

  it('scores a known scam above a known honest ad, including ads it did not learn from', () => {
    expect(predictScam(model, byId('s-ru-materials-fee').input)).toBeGreaterThan(predictScam(model, byId('z-h-ru-buyout-kpi').input));
    const withoutThem = trainModel(RISK_CORPUS.filter((e) => e.id !== 's-ru-materials-fee' && e.id !== 'z-h-ru-buyout-kpi'));
    const scam = predictScam(withoutThem, byId('s-ru-materials-fee').input);
    const honest = predictScam(withoutThem, byId('z-h-ru-buyout-kpi').input);
    expect(scam).toBeGreaterThan(0.5);
    expect(honest).toBeLessThan(0.5);
  });

  it('refuses to train on one label only', () => {
    expect(() => trainModel(RISK_CORPUS.filter((e) => e.label === 'scam'))).toThrow(/both labels/);
  });

  it('reads look-alike letters and amounts the same way', () => {
    expect(modelText({ title: 'Oплата 1500 ₽', description: '' })).toBe(modelText({ title: 'Оплата 2900 ₽', description: '' }));
    expect(featuresOf({ title: '', description: '' }).index.length).toBe(0);
  });

  it('names the words that pushed it, as they stand in the text', () => {
    const raw = 'Оплатите обучение, выплаты ежедневно, пишите в Telegram';
    const words = telltaleWords(model, raw);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(raw).toContain(w);
  });
});

describe('the model as a signal in scoreVacancy', () => {
  it('maps the probability to a weight that flags from the floor up', () => {
    expect(modelWeight(0.5)).toBe(0);
    expect(modelWeight(0.549)).toBe(0);
    expect(modelWeight(0.55)).toBe(RISK_THRESHOLD);
    expect(modelWeight(1)).toBe(80);
    expect(modelWeight(Number.NaN)).toBe(0);
  });

  it('adds a readable reason with the probability and highlightable words, and nothing without a model', () => {
    const input = byId('s-ru-materials-fee').input;
    expect(scoreVacancy(input).reasons.map((r) => r.code)).not.toContain('resemblesRejected');
    const reason = scoreVacancy(input, { model }).reasons.find((r) => r.code === 'resemblesRejected');
    expect(reason?.probability).toBeGreaterThan(0.5);
    for (const p of reason?.phrases ?? []) expect(`${input.title}\n\n${input.description}`).toContain(p);
    expect(scoreVacancy(byId('z-h-ru-buyout-kpi').input, { model }).reasons.map((r) => r.code)).not.toContain('resemblesRejected');
  });

  it('stays fast: well under 5 ms an ad with the model', () => {
    const started = performance.now();
    for (const e of RISK_CORPUS) scoreVacancy(e.input, { model });
    expect((performance.now() - started) / RISK_CORPUS.length).toBeLessThan(5);
  });
});

describe('evaluation', () => {
  it('counts and leaves undefined ratios null', () => {
    expect(confusion([])).toEqual({ count: 0, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null });
    expect(
      confusion([
        { label: 'scam', flagged: true },
        { label: 'scam', flagged: false },
        { label: 'honest', flagged: true },
        { label: 'honest', flagged: false },
      ]),
    ).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1, precision: 0.5, recall: 0.5 });
  });

  it('measures the model only on ads it did not learn from (5-fold over the corpus)', () => {
    const cv = crossValidate(RISK_CORPUS, 5);
    console.log(`model 5-fold: precision ${cv.model.precision?.toFixed(3)}, recall ${cv.model.recall?.toFixed(3)}; rules + model: ${cv.combined.precision?.toFixed(3)} / ${cv.combined.recall?.toFixed(3)}`);
    expect(cv.model.count).toBe(RISK_CORPUS.length);
    // Measured 0.90 / 0.93 over 114 ads (decision 011); the floor guards against a regression, not a target.
    expect(cv.model.precision).toBeGreaterThanOrEqual(0.85);
    expect(cv.model.recall).toBeGreaterThanOrEqual(0.85);
    expect(cv.combined.recall).toBeGreaterThanOrEqual(cv.rules.recall!);
  });

  it('reports no decided set without examples and uses leave-one-out with few', () => {
    const corpus = RISK_CORPUS.slice(0, 0).concat(RISK_CORPUS.filter((_, i) => i % 3 === 0));
    expect(evaluateExamples([], corpus, 3).decided).toBeNull();
    const decided: (LabelledInput & { id: string; riskScore: number | null })[] = [
      { id: 'a', label: 'scam', input: byId('s-ru-registration-fee').input, riskScore: 80 },
      { id: 'b', label: 'honest', input: byId('z-h-ru-course-perk').input, riskScore: null },
    ];
    const report = evaluateExamples(decided, corpus, 5);
    expect(report.decided?.count).toBe(2);
    expect(report.decided?.stored).toMatchObject({ count: 1, tp: 1 });
    expect(report.decided?.scorers.rules).toMatchObject({ tp: 1, tn: 1 });
    expect(report.decided?.scorers.model.count).toBe(2);
  });
});
