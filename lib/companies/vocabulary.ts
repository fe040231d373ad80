// Company-profile vocabularies (stable ids, stored as PostgreSQL enums of the same names; labels in
// messages/pages/company.*.json under `company.vocab`). Sizes follow the bands job boards use.

export const COMPANY_SIZES = ['upTo10', 'between11And50', 'between51And200', 'between201And1000', 'moreThan1000'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** What remote chat-support employers offer most often; anything else goes into the company's own lines. */
export const COMPANY_BENEFITS = [
  'paidTraining', 'mentor', 'equipment', 'internet', 'paidLeave', 'healthInsurance', 'bonuses', 'careerGrowth', 'learning', 'wellbeing',
] as const;
export type CompanyBenefit = (typeof COMPANY_BENEFITS)[number];

/** Benefits in the company's own words: at most this many lines, each at most this long. */
export const CUSTOM_BENEFITS_MAX = 8;
export const CUSTOM_BENEFIT_LENGTH = 80;

/** The largest logo file taken (the page's upload limit in lib/http/post-body.ts is higher, so this message shows). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
