import { HOLDOUT } from './risk/corpus/holdout';
import { HOLDOUT_2 } from './risk/corpus/holdout-2';
import { HOLDOUT_3 } from './risk/corpus/holdout-3';
import { HOLDOUT_4 } from './risk/corpus/holdout-4';
import { HONEST_EN } from './risk/corpus/honest-en';
import { HONEST_RU } from './risk/corpus/honest-ru';
import { SCAM_EN } from './risk/corpus/scam-en';
import { SCAM_RU } from './risk/corpus/scam-ru';
import type { RiskCorpusEntry } from './risk/corpus/types';

export type { RiskCorpusEntry };

/**
 * Labelled vacancy texts the tests measure the scorer on (risk.test.ts asserts precision and recall).
 * Never soften an ad to make the scorer pass: fix the scorer or accept the miss.
 *
 * How it was built, because the figures mean little without it:
 * - the development set (honest-*, scam-*: 25 honest, 24 scam) was written before the scorer;
 * - three holdouts were then written blind, each scored once before the scorer was changed again.
 *   First runs at the threshold of the time (50): holdout 1 (18 ads) precision 0.75, recall 0.33;
 *   holdout 2 (14) 0.50 / 0.29; holdout 3 (12) 0.50 / 0.33. The same 44 first-run scores at the
 *   current threshold (40): precision 0.75, recall 0.68.
 * - holdout 4 (21 ads: 11 scam, 10 honest) was written blind for issue 13 before the statistical model
 *   (risk/model.ts) and the signals of that round; first run at 40: rules precision 1.00, recall 0.36
 *   (4 of 11 scams); the model trained on the rest of the corpus 0.90 / 0.82. Its misses became the
 *   taskScam and pyramid signals and wider payment, personal-data and mule patterns (decision 011).
 * Every set passes now because the scorer was fixed after each run, so corpus figures overstate what to
 * expect on new ads: the blind first runs are the honest estimate. Add real reported ads here.
 */
export const RISK_CORPUS: readonly RiskCorpusEntry[] = [
  ...HONEST_RU,
  ...HONEST_EN,
  ...SCAM_RU,
  ...SCAM_EN,
  ...HOLDOUT,
  ...HOLDOUT_2,
  ...HOLDOUT_3,
  ...HOLDOUT_4,
];
