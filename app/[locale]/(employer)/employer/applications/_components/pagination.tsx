import { Pager } from '@/components/ui/pager';
import { filtersQuery, type ApplicationFilters } from '@/lib/applications/pipeline-schemas';

/** Pages of the applications list, keeping its filters in the URL. */
export function Pagination({ filters, page, pageCount }: { filters: ApplicationFilters; page: number; pageCount: number }) {
  const hrefFor = (p: number) => {
    const query = filtersQuery(filters, { page: p });
    return `/employer/applications${query ? `?${query}` : ''}`;
  };
  return <Pager page={page} pages={pageCount} hrefFor={hrefFor} />;
}
