import type { RiskReason } from '../types';

/** One signal's finding; the scorer combines them into a RiskResult. */
export type Detection = RiskReason;
