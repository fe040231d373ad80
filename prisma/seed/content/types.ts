import type { Industry, LanguageCode } from '../../../lib/vocabularies';

export type Localized = { ru: string; en: string };
export type LocalizedList = { ru: string[]; en: string[] };

export type SeedCompany = {
  slug: string;
  name: string;
  industry: Industry;
  website: string;
  logoUrl: null;
  description: Localized;
  legalName: string;
  taxId: string;
  country: string;
  verified: boolean;
};

export type SeedVacancyTemplate = {
  key: string;
  industry: Industry;
  title: Localized;
  summary: Localized;
  duties: LocalizedList;
  requirements: LocalizedList;
  conditions: LocalizedList;
  foreignLanguage?: LanguageCode;
  voice: boolean;
  seniority: 'entry' | 'mid' | 'senior';
};
