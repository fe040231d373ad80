// Stable ids of PRODUCT.md's vocabularies. The UI shows translated labels from messages/*.json
// (keys `vocab.<field>.<id>`); the database stores these ids as PostgreSQL enums of the same names.

export const INDUSTRIES = ['ecommerce', 'finance', 'edtech', 'telecom', 'software', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const SCHEDULES = ['fullDay', 'shift', 'flexible'] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const EMPLOYMENTS = ['full', 'part', 'project'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

export const EXPERIENCES = ['noExperience', 'between1And3', 'between3And6', 'moreThan6'] as const;
export type Experience = (typeof EXPERIENCES)[number];

export const SALARY_PERIODS = ['month', 'hour', 'shift'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'KZT', 'BYN', 'UZS'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Support languages offered in forms and filters (ISO 639-1); the database accepts any two-letter code. */
export const LANGUAGES = ['ru', 'en', 'de', 'es', 'fr', 'tr', 'kk', 'uz', 'zh', 'it', 'pt', 'pl', 'uk', 'be', 'hy', 'ka', 'az', 'ar', 'ja', 'ko'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const CONTRACT_TYPES = ['employment', 'civil', 'selfEmployed', 'soleTrader', 'contractor'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const VACANCY_STATUSES = ['draft', 'pending', 'published', 'rejected', 'closed', 'expired', 'removed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const APPLY_MODES = ['form', 'url', 'email'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

export const APPLICATION_STATUSES = ['new', 'viewed', 'shortlisted', 'invited', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const USER_ROLES = ['employer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const REPORT_CATEGORIES = ['scam', 'upfrontPayment', 'personalData', 'misleading', 'discrimination', 'spam', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
