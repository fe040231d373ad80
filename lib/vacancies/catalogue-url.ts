// Where a /vacancies request with a non-canonical query is sent: the canonical filters, plus the values
// that did not parse (so the page can still say what it left out).
import { toCatalogueSearch, type CatalogueFilters, type IgnoredParam, type RawSearchParams } from './catalogue-query';

/** `?…` of the canonical URL with the ignored values appended (empty string for no filters). */
export function catalogueSearchWithIgnored(filters: CatalogueFilters, ignored: IgnoredParam[]): string {
  const params = new URLSearchParams(toCatalogueSearch(filters));
  // An over-long q is kept cut to its first 200 characters; its tail is not a value to send again. A blank
  // value would make the URL non-canonical again (a redirect loop), and says nothing worth reporting.
  for (const { param, value } of ignored) if (param !== 'q' && value.trim() !== '') params.append(param, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Whether a query has a parameter without a value (`q=&salaryFrom=`, what a plain GET form submits). */
export function hasEmptyParams(raw: RawSearchParams): boolean {
  return Object.values(raw).some((value) => (Array.isArray(value) ? value : [value]).some((v) => v !== undefined && v.trim() === ''));
}
