// The catalogue's first page for a typed query, as /vacancies (or /en/vacancies) shows it.
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { parseCatalogueParams } from '@/lib/vacancies/search-params';

export async function searchTop(q: string, locale: 'ru' | 'en'): Promise<string[]> {
  const { filters } = parseCatalogueParams({ q });
  const result = await searchVacancies(filters, new Date(), { locale });
  return result.items.map((item) => item.id);
}
