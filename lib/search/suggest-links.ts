// Where a suggestion leads, as a path of the site in the visitor's language: a vocabulary value to the
// catalogue with that filter, a company to its page, a title to the catalogue searching for it.
// Filter links go through the catalogue's own parser and builder, so a target the catalogue cannot read
// (a dictionary entry ahead of the code) is dropped instead of linking to an unfiltered list.
import '@/lib/zod-setup';
import { z } from 'zod';
import type { Locale } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import { EMPTY_FILTERS, parseCatalogueParams, toCatalogueSearch } from '@/lib/vacancies/search-params';
import type { SuggestionKind } from './suggest-rank';

/** search_terms.target of a vocabulary entry. */
const VocabularyTarget = z.object({ param: z.string().regex(/^[A-Za-z]{1,30}$/), value: z.string().min(1).max(60) });
/** search_terms.target of a company. */
const CompanyTarget = z.object({ slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/) });

export type SuggestFilter = { param: string; value: string };
export type SuggestLink = { href: string; filter?: SuggestFilter };

const localized = (path: string, locale: Locale) => getPathname({ href: path, locale });

/** The catalogue link for a filter, or null when the catalogue would ignore it. */
export function filterHref(filter: SuggestFilter, locale: Locale): string | null {
  if (filter.param === 'q' || filter.param === 'page' || filter.param === 'sort') return null;
  const { filters, ignored } = parseCatalogueParams({ [filter.param]: filter.value });
  const search = toCatalogueSearch(filters);
  if (ignored.length || search === toCatalogueSearch(EMPTY_FILTERS)) return null;
  return `${localized('/vacancies', locale)}${search}`;
}

/** A title suggestion: the catalogue searching for it. */
export function titleHref(text: string, locale: Locale): string {
  return `${localized('/vacancies', locale)}${toCatalogueSearch({ q: text })}`;
}

/** The link of a search_terms row, or null when its target is missing or unreadable. */
export function suggestionLink(kind: SuggestionKind, text: string, target: unknown, locale: Locale): SuggestLink | null {
  if (kind === 'title') return { href: titleHref(text, locale) };
  if (kind === 'company') {
    const company = CompanyTarget.safeParse(target);
    return company.success ? { href: localized(`/companies/${company.data.slug}`, locale) } : null;
  }
  const vocabulary = VocabularyTarget.safeParse(target);
  if (!vocabulary.success) return null;
  const href = filterHref(vocabulary.data, locale);
  return href ? { href, filter: vocabulary.data } : null;
}
