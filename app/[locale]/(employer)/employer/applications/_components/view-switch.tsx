import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { filtersQuery, type ApplicationFilters, type ApplicationView } from '@/lib/applications/pipeline-schemas';

const tab =
  'inline-flex min-h-10 items-center rounded-control px-4 text-sm font-semibold text-ink-700 hover:bg-sand-100 aria-[current=page]:bg-surface aria-[current=page]:text-brand-900 aria-[current=page]:shadow-sm';

/** List or board: a link each, keeping the filters, so the view is part of the URL and works without JavaScript. */
export function ViewSwitch({ filters }: { filters: ApplicationFilters }) {
  const t = useTranslations('applications.views');
  const href = (view: ApplicationView) => {
    const query = filtersQuery(filters, { view, page: 1 });
    return `/employer/applications${query ? `?${query}` : ''}`;
  };
  return (
    <nav aria-label={t('label')} className="inline-flex gap-1 rounded-card border border-line bg-sand-100 p-1" data-testid="view-switch">
      {(['list', 'board'] as const).map((view) => (
        <Link key={view} href={href(view)} className={tab} aria-current={filters.view === view ? 'page' : undefined}>
          {t(view)}
        </Link>
      ))}
    </nav>
  );
}
