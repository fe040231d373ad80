import type { RiskInput } from '../types';

export type RiskCorpusEntry = {
  id: string;
  label: 'honest' | 'scam';
  lang: 'ru' | 'en';
  /** What makes the example realistic or tricky; read it when the scorer disagrees. */
  why: string;
  input: RiskInput;
};
