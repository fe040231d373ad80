import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import type { ApplicationFilters as Filters } from '@/lib/applications/pipeline-schemas';
import type { ApplicationVacancyOption, StatusCounts } from '@/lib/applications/queries';
import { APPLICATION_STATUSES } from '@/lib/vocabularies';

const field = 'min-h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-[0.9375rem]';
const chip =
  'inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-line-strong bg-surface px-3 text-sm font-medium has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus';

type Props = { filters: Filters; counts: StatusCounts; vacancies: ApplicationVacancyOption[] };

/** A plain GET form: the URL is the filter state and it works without JavaScript. Statuses combine (OR). */
export function ApplicationFilters({ filters, counts, vacancies }: Props) {
  const t = useTranslations('applications.list');
  const filtered = filters.status.length > 0 || Boolean(filters.vacancy || filters.q);
  return (
    <form method="get" role="search" aria-label={t('filters.legend')} className="space-y-4">
      {filters.view === 'board' && <input type="hidden" name="view" value="board" />}
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t('filters.status')}</legend>
        <div className="flex flex-wrap gap-2">
          {APPLICATION_STATUSES.map((s) => (
            <label key={s} className={chip} data-chip={s}>
              <input
                type="checkbox"
                name="status"
                value={s}
                defaultChecked={filters.status.includes(s)}
                className="size-4 accent-brand-700 focus-visible:outline-none"
              />
              <span>{t(`chips.${s}`)}</span>
              <span className="tabular-nums text-ink-600">{counts[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
          {t('filters.vacancy')}
          <select name="vacancy" defaultValue={filters.vacancy ?? ''} className={field}>
            <option value="">{t('filters.anyVacancy')}</option>
            {vacancies.map((v) => (
              <option key={v.id} value={v.id}>
                {t('filters.vacancyOption', { title: v.title, count: v.applications })}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
          {t('filters.q')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} className={field} />
        </label>
        <Button type="submit" variant="secondary">
          {t('filters.apply')}
        </Button>
        {filtered && (
          <ButtonLink href={filters.view === 'board' ? '/employer/applications?view=board' : '/employer/applications'} variant="ghost">
            {t('filters.reset')}
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
