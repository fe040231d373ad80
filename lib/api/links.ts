import { SITE_URL } from '@/lib/seo';
import { toCatalogueQuery, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { DEFAULT_LIMIT, type ApiLocale } from './schemas';

export const API_BASE = `${SITE_URL}/api/v1`;

/** The list endpoint for these filters: canonical order, defaults left out (as the catalogue's own links). */
export function listVacanciesUrl(filters: CatalogueFilters, page: { limit?: number; locale?: ApiLocale; cursor?: string | null } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toCatalogueQuery({ ...filters, sort: null, page: 1 }))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (page.limit !== undefined && page.limit !== DEFAULT_LIMIT) params.set('limit', String(page.limit));
  if (page.locale && page.locale !== 'ru') params.set('locale', page.locale);
  if (page.cursor) params.set('cursor', page.cursor);
  const search = params.toString();
  return `${API_BASE}/vacancies${search ? `?${search}` : ''}`;
}
