// What the fuzzer aims at: the app's addresses (app/ and PRODUCT.md's URL contract) with the query
// parameters each one reads, and the ids it needs, discovered from a running server (see targets.ts).

export type Identity = 'anonymous' | 'employer' | 'admin';

/** Real ids and slugs from the running app, so requests reach the code behind the "not found" check. */
export type Targets = {
  vacancySlugs: string[];
  /** Published vacancies that take the on-site form. */
  formVacancyIds: string[];
  vacancyIds: string[];
  companySlugs: string[];
  /** Server action ids scraped from public forms (sign-in, sign-up, forgot-password, apply, report). */
  actionIds: string[];
  employerVacancyIds: string[];
  applicationIds: string[];
  adminCompanyIds: string[];
  moderationIds: string[];
};

export const EMPTY_TARGETS: Targets = {
  vacancySlugs: [], formVacancyIds: [], vacancyIds: [], companySlugs: [], actionIds: [],
  employerVacancyIds: [], applicationIds: [], adminCompanyIds: [], moderationIds: [],
};

export type Area = 'public' | 'employer' | 'admin';

/**
 * A page or file. `{x}` segments are filled from Targets (key `x`), or with a hostile value.
 * `localized` pages also exist under /en.
 */
export type Route = { path: string; params: readonly string[]; area: Area; localized: boolean };

export const CATALOGUE_PARAMS = [
  'q', 'industry', 'schedule', 'employment', 'experience', 'language', 'salaryFrom', 'salaryTo', 'currency',
  'withSalary', 'training', 'chatOnly', 'abroad', 'noNight', 'availableFrom', 'availableTo', 'tz', 'sort', 'page',
] as const;

const page = (path: string, params: readonly string[] = [], area: Area = 'public'): Route => ({ path, params, area, localized: true });
const file = (path: string, params: readonly string[] = []): Route => ({ path, params, area: 'public', localized: false });

export const PAGES: readonly Route[] = [
  page('/'),
  page('/vacancies', CATALOGUE_PARAMS),
  page('/vacancies/{vacancySlugs}', ['currency']),
  page('/vacancies/{vacancySlugs}/report', ['sent']),
  page('/companies/{companySlugs}'),
  page('/faq'),
  page('/guide'),
  page('/signin', ['callbackUrl', 'verify', 'code', 'error', 'verified', 'reset']),
  page('/signup', ['invitation']),
  page('/signup/check-email', ['email']),
  page('/forgot-password'),
  page('/reset-password', ['token']),
  page('/invitations/{token}'),
  page('/applications/withdraw/{token}'),
  page('/dev/mail'),
  // PRODUCT.md addresses that may not be built yet: a 404 is fine, a 500 is not.
  page('/salaries'),
  page('/saved'),
  page('/applications', ['token']),
  page('/developers'),
  page('/employer', ['status', 'q'], 'employer'),
  page('/employer/applications', ['status', 'vacancy', 'q', 'page'], 'employer'),
  page('/employer/applications/{applicationIds}', [], 'employer'),
  page('/employer/vacancies/new', [], 'employer'),
  page('/employer/vacancies/{employerVacancyIds}', [], 'employer'),
  page('/employer/vacancies/{employerVacancyIds}/edit', [], 'employer'),
  page('/employer/vacancies/{employerVacancyIds}/preview', [], 'employer'),
  page('/employer/company', ['company'], 'employer'),
  page('/employer/account', [], 'employer'),
  page('/admin', [], 'admin'),
  page('/admin/audit', ['action', 'actor', 'targetType', 'targetId', 'from', 'to', 'page'], 'admin'),
  page('/admin/companies', ['q', 'status', 'page'], 'admin'),
  page('/admin/companies/{adminCompanyIds}', [], 'admin'),
  page('/admin/moderation', ['done'], 'admin'),
  page('/admin/moderation/{moderationIds}', [], 'admin'),
  page('/admin/reports', ['status', 'page', 'done'], 'admin'),
  page('/admin/users', ['q', 'role', 'blocked', 'page'], 'admin'),
  file('/sitemap.xml'),
  file('/robots.txt'),
  file('/vacancies/feed.xml', CATALOGUE_PARAMS),
  file('/companies/{companySlugs}/feed.xml'),
];

/** Route handlers under app/api (and the public API of PRODUCT.md), with the methods they export. */
export type Handler = { path: string; params: readonly string[]; methods: readonly string[]; area: Area };

export const HANDLERS: readonly Handler[] = [
  { path: '/api/health', params: [], methods: ['GET'], area: 'public' },
  { path: '/api/accounts/verify-email', params: ['token', 'locale'], methods: ['GET'], area: 'public' },
  { path: '/api/vacancies/{vacancyIds}/apply', params: ['locale'], methods: ['GET'], area: 'public' },
  { path: '/api/employer/applications/export', params: ['status', 'vacancy', 'q'], methods: ['GET'], area: 'employer' },
  { path: '/api/employer/vacancies/export', params: ['status', 'q'], methods: ['GET'], area: 'employer' },
  { path: '/api/v1/vacancies', params: [...CATALOGUE_PARAMS, 'limit', 'cursor', 'locale'], methods: ['GET'], area: 'public' },
  { path: '/api/v1/vacancies/{vacancyIds}', params: ['locale'], methods: ['GET'], area: 'public' },
  { path: '/api/v1/salaries', params: ['currency'], methods: ['GET'], area: 'public' },
  { path: '/api/v1/suggest', params: ['q'], methods: ['GET'], area: 'public' },
  { path: '/api/v1/openapi.json', params: [], methods: ['GET'], area: 'public' },
];

/** Auth.js's endpoints (app/api/auth/[...nextauth]) and the parameters they read. */
export const AUTH_ENDPOINTS = [
  '/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/signin', '/api/auth/signin/credentials',
  '/api/auth/signout', '/api/auth/callback/credentials', '/api/auth/error', '/api/auth/verify-request',
  '/api/auth/callback/nope', '/api/auth/signin/nope', '/api/auth/nope', '/api/auth', '/api/auth/',
] as const;

export const AUTH_PARAMS = ['callbackUrl', 'error', 'csrfToken', 'email', 'password', 'redirect', 'json', 'provider'] as const;

/** Form fields of the public forms, so action bodies look close to real ones. */
export const FORM_FIELDS = [
  'vacancyId', 'startedAt', 'locale', 'website', 'name', 'email', 'phone', 'telegram', 'language1', 'level1',
  'experience', 'preferredShifts', 'coverMessage', 'cvUrl', 'consent', 'password', 'callbackUrl', 'category',
  'message', 'companyName', 'token', 'invitation',
] as const;

/** Placeholder the client replaces with the anonymous visitor's real Auth.js CSRF token. */
export const CSRF_PLACEHOLDER = '__FUZZ_CSRF__';
