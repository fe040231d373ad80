import { parseCatalogueParams, type ParsedCatalogueParams } from '@/lib/vacancies/search-params';

export type FormState = ParsedCatalogueParams & {
  /** Only one end of the "fits my hours" pair is filled: an unfinished edit, not a filter yet. */
  halfHours: boolean;
};

/** The filters the form's fields (and the fields joined to it by `form=`) describe, without empty values. */
export function readFilterForm(form: HTMLFormElement): FormState {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') (raw[name] ??= []).push(value);
  }
  const parsed = parseCatalogueParams(raw);
  // "Search instead for …" (exact=1) holds for the text it was asked for, not for a new one.
  if (parsed.filters.exact && parsed.filters.q !== (form.dataset.q || null)) parsed.filters.exact = false;
  return { ...parsed, halfHours: Boolean(raw.availableFrom) !== Boolean(raw.availableTo) };
}
