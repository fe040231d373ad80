import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import type { DashboardFilters as Filters } from '@/lib/vacancies/dashboard-queries';
import { VACANCY_STATUSES } from '@/lib/vocabularies';

const field = 'min-h-11 rounded-control border border-line-strong bg-surface px-3 text-[0.9375rem]';

/** A plain GET form: the URL is the filter state and it works without JavaScript. */
export function DashboardFilters({ filters }: { filters: Filters }) {
  const t = useTranslations('dashboard.filters');
  const ts = useTranslations('vocab.vacancyStatus');
  return (
    <form method="get" role="search" aria-label={t('legend')} className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('status')}
        <select name="status" defaultValue={filters.status ?? ''} className={field}>
          <option value="">{t('anyStatus')}</option>
          {VACANCY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
        {t('q')}
        <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} className={field} />
      </label>
      <Button type="submit" variant="secondary">
        {t('apply')}
      </Button>
      {(filters.status || filters.q) && (
        <ButtonLink href="/employer/vacancies" variant="ghost">
          {t('reset')}
        </ButtonLink>
      )}
    </form>
  );
}
