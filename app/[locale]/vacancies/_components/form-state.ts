import type { ParsedCatalogueParams } from '@/lib/vacancies/catalogue-query';

type Parser = typeof import('@/lib/vacancies/search-params');
let parser: Promise<Parser> | null = null;

/**
 * The catalogue's parser (and zod with it) is not in the page's first JavaScript: it loads when the
 * visitor first touches the filters (the controller calls this on focus and press), well before a change
 * needs it (decision 008).
 */
export function loadFilterParser(): Promise<Parser> {
  parser ??= import('@/lib/vacancies/search-params').catch((error: unknown) => {
    parser = null; // offline or a new deployment: try again on the next change
    throw error;
  });
  return parser;
}

function nonEmptyValues(form: HTMLFormElement): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') (raw[name] ??= []).push(value);
  }
  return raw;
}

/** Only one end of the "fits my hours" pair is filled: an unfinished edit, not a filter yet. */
export function hasHalfHours(form: HTMLFormElement): boolean {
  const raw = nonEmptyValues(form);
  return Boolean(raw.availableFrom) !== Boolean(raw.availableTo);
}

/** The filters the form's fields (and the fields joined to it by `form=`) describe, without empty values. */
export async function readFilterForm(form: HTMLFormElement): Promise<ParsedCatalogueParams> {
  // Read the fields now: they may change while the parser loads.
  const raw = nonEmptyValues(form);
  const askedFor = form.dataset.q || null;
  const { parseCatalogueParams } = await loadFilterParser();
  const parsed = parseCatalogueParams(raw);
  // "Search instead for …" (exact=1) holds for the text it was asked for, not for a new one.
  if (parsed.filters.exact && parsed.filters.q !== askedFor) parsed.filters.exact = false;
  return parsed;
}
