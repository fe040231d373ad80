import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { filtersQuery, type ApplicationFilters } from '@/lib/applications/pipeline-schemas';

type Props = { filters: ApplicationFilters; page: number; pageCount: number };

export function Pagination({ filters, page, pageCount }: Props) {
  const t = useTranslations('applications.list.pagination');
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = filtersQuery(filters, { page: p });
    return `/employer/applications${query ? `?${query}` : ''}`;
  };
  return (
    <nav aria-label={t('label')} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <ButtonLink href={href(page - 1)} variant="secondary" size="sm" rel="prev">
          {t('prev')}
        </ButtonLink>
      )}
      <span className="text-sm text-ink-700" aria-current="page">
        {t('page', { page, pages: pageCount })}
      </span>
      {page < pageCount && (
        <ButtonLink href={href(page + 1)} variant="secondary" size="sm" rel="next">
          {t('next')}
        </ButtonLink>
      )}
    </nav>
  );
}
