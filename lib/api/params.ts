// The query of GET /api/v1/vacancies: the catalogue's own parser for its parameters (so the API and
// /vacancies agree on every filter), plus limit, cursor and locale. Where the page is lenient (a value it
// cannot read is dropped and reported), the API is strict: every such value is a 400 issue.
import '@/lib/zod-setup';
import { z } from 'zod';
import {
  MAX_QUERY_LENGTH,
  parseCatalogueParams,
  type CatalogueFilters,
  type RawSearchParams,
} from '@/lib/vacancies/search-params';
import { CURRENCIES, EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SCHEDULES } from '@/lib/vocabularies';
import { ApiOnlyParams, CatalogueParamsDoc, type ApiLocale, type Cursor } from './schemas';

export type Issue = z.core.$ZodIssue;

export type ListQuery = { filters: CatalogueFilters; limit: number; after: Cursor | null; locale: ApiLocale };
export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; issues: Issue[] };

const CATALOGUE_KEYS = Object.keys(CatalogueParamsDoc);
const API_KEYS = Object.keys(ApiOnlyParams);
export const LIST_PARAMS: readonly string[] = [...CATALOGUE_KEYS, ...API_KEYS];

/** C0 controls (NUL included) and DEL: no filter value has them, and the page would silently drop NUL. */
const CONTROL = /[\u0000-\u001f\u007f]/;
const SHOWN = 80;
/** A query of a thousand bad parameters gets the first few back, not a thousand issues. */
const MAX_ISSUES = 20;
const clip = (value: string) => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

const oneOf = (values: readonly string[]) => `One of: ${values.join(', ')}.`;
const FLAG = 'One of: 1, 0, true, false.';
const HOURS = 'HH:MM (00:00–23:59), given together with the other end of the window.';
const SALARY = 'A whole amount from 0 to 1000000000; salaryTo may not be below salaryFrom.';

/** Why the catalogue parser refused a value, per parameter. */
const HINTS: Record<string, string> = {
  q: `At most ${MAX_QUERY_LENGTH} characters.`,
  industry: oneOf(INDUSTRIES),
  schedule: oneOf(SCHEDULES),
  employment: oneOf(EMPLOYMENTS),
  experience: oneOf(EXPERIENCES),
  language: 'A two-letter ISO 639-1 code, such as en.',
  currency: oneOf(CURRENCIES),
  salaryFrom: SALARY,
  salaryTo: SALARY,
  withSalary: FLAG,
  training: FLAG,
  chatOnly: FLAG,
  abroad: FLAG,
  noNight: FLAG,
  tz: 'An IANA time zone, such as Europe/Moscow.',
  availableFrom: HOURS,
  availableTo: HOURS,
  adLanguage: oneOf(['ru', 'en']),
  exact: FLAG,
  sort: 'Only new: the API lists the newest first.',
};

/** The multi-valued view of a query the catalogue parser reads; a prototype-free object, whatever the keys. */
export function toRawSearchParams(search: URLSearchParams, keys: Iterable<string> = search.keys()): RawSearchParams {
  const raw: RawSearchParams = Object.create(null) as RawSearchParams;
  for (const key of new Set(keys)) if (search.has(key)) raw[key] = search.getAll(key);
  return raw;
}

export function parseListQuery(search: URLSearchParams): ListQueryResult {
  const issues: Issue[] = [];

  const unknown = [...new Set(search.keys())].filter((key) => !LIST_PARAMS.includes(key));
  if (unknown.length) {
    const keys = unknown.slice(0, 10).map(clip);
    const page = unknown.includes('page') ? ' Pages follow `next` (a cursor), not `page`.' : '';
    issues.push({ code: 'unrecognized_keys', keys, path: [], message: `Unknown parameters: ${keys.join(', ')}.${page}` });
  }
  for (const [key, value] of search) {
    if (CONTROL.test(key) || CONTROL.test(value)) {
      issues.push({ code: 'custom', path: [clip(key)], message: 'Control characters (such as NUL) are not allowed.', input: clip(value) });
    }
  }

  const api = z.object(ApiOnlyParams).safeParse({
    limit: search.get('limit') ?? undefined,
    cursor: search.get('cursor') ?? undefined,
    locale: search.get('locale') ?? undefined,
  });
  if (!api.success) issues.push(...api.error.issues);

  const { filters, ignored } = parseCatalogueParams(toRawSearchParams(search, CATALOGUE_KEYS));
  // One issue per parameter: a value with NUL is already reported, whatever the parser made of it.
  const reported = new Set(issues.map((i) => String(i.path[0])));
  for (const { param, value } of ignored) {
    if (reported.has(param)) continue;
    issues.push({ code: 'custom', path: [param], message: `Not a valid value. ${HINTS[param] ?? ''}`.trim(), input: clip(value) });
  }
  if (filters.sort !== null && filters.sort !== 'new') {
    issues.push({ code: 'custom', path: ['sort'], message: HINTS.sort!, input: filters.sort });
  }

  if (issues.length || !api.success) return { ok: false, issues: issues.slice(0, MAX_ISSUES).map(shorten) };
  return { ok: true, query: { filters: { ...filters, sort: null, page: 1 }, limit: api.data.limit, after: api.data.cursor ?? null, locale: api.data.locale } };
}

/** The names of the parameters whose raw text is not valid percent-encoded UTF-8 (URLSearchParams would guess). */
function badlyEncoded(rawQuery: string): string[] {
  const bad: string[] = [];
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      const name = part.split('=')[0] ?? '';
      let shown = name;
      try {
        shown = decodeURIComponent(name);
      } catch {
        // The name itself is broken: report it as sent.
      }
      bad.push(clip(shown));
    }
  }
  return bad;
}

export type StrictQueryResult<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/**
 * A query of single-valued parameters read with `shape` (the item, suggest and salaries endpoints), strictly:
 * broken percent-encoding, unknown or repeated parameters, control characters and the values `shape`
 * refuses are issues (a 400). Each issue echoes at most 80 characters of what was sent, and a query of a
 * thousand bad parameters gets the first 20 back.
 */
export function parseStrictQuery<S extends z.ZodRawShape>(url: URL, shape: S): StrictQueryResult<z.output<z.ZodObject<S>>> {
  const issues: Issue[] = [];
  const search = url.searchParams;
  const known = Object.keys(shape);
  for (const name of badlyEncoded(url.search.replace(/^\?/, ''))) {
    issues.push({ code: 'custom', path: [name], message: 'Not correctly encoded: percent-encode the value as UTF-8.' });
  }
  const unknown = [...new Set(search.keys())].filter((key) => !known.includes(key));
  if (unknown.length) {
    const keys = unknown.slice(0, 10).map(clip);
    issues.push({ code: 'unrecognized_keys', keys, path: [], message: `Unknown parameters: ${keys.join(', ')}.` });
  }
  for (const key of known) {
    if (search.getAll(key).length > 1) issues.push({ code: 'custom', path: [key], message: `Give ${key} once.` });
  }
  const reported = new Set(issues.map((i) => String(i.path[0])));
  for (const [key, value] of search) {
    if (!reported.has(key) && (CONTROL.test(key) || CONTROL.test(value))) {
      issues.push({ code: 'custom', path: [clip(key)], message: 'Control characters (such as NUL) are not allowed.', input: clip(value) });
      reported.add(key);
    }
  }
  const parsed = z.object(shape).safeParse(Object.fromEntries(known.map((key) => [key, search.get(key) ?? undefined])));
  if (!parsed.success) issues.push(...parsed.error.issues.filter((i) => !reported.has(String(i.path[0]))));
  if (issues.length || !parsed.success) return { ok: false, issues: issues.slice(0, MAX_ISSUES).map(shorten) };
  return { ok: true, data: parsed.data };
}

/** The query of GET /api/v1/vacancies/{id}: only `locale`. */
export function parseItemQuery(url: URL): { ok: true; locale: ApiLocale } | { ok: false; issues: Issue[] } {
  const parsed = parseStrictQuery(url, { locale: ApiOnlyParams.locale });
  return parsed.ok ? { ok: true, locale: parsed.data.locale } : parsed;
}

/** Issues echo what was sent; a 10 kB value comes back as its first 80 characters. */
function shorten(issue: Issue): Issue {
  return typeof issue.input === 'string' ? ({ ...issue, input: clip(issue.input) } as Issue) : issue;
}
