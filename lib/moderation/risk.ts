// Scam-risk scoring for vacancies: pure, no database, safe to run on the client, the server and in the CLI.
// The signals live in ./risk/signals, the combination formula in ./risk/score.ts, the labelled corpus the
// tests measure it on in ./risk-corpus.ts.
export { RISK_THRESHOLD, combineWeights, scoreVacancy } from './risk/score';
export { RISK_CODES, riskReasonSchema, riskReasonsSchema } from './risk/types';
export type { RiskCode, RiskCompany, RiskInput, RiskReason, RiskResult } from './risk/types';
export { DEFAULT_RATES, MARKET_CAPS } from './risk/signals/pay-level';
export { parseRiskInput, riskInputSchema } from './risk/input';
