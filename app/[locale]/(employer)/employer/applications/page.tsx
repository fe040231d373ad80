import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { filtersQuery, parseApplicationFilters } from '@/lib/applications/pipeline-schemas';
import {
  getApplicationBoard,
  getApplications,
  getApplicationStatusCounts,
  getApplicationVacancyOptions,
  getNoticePreference,
} from '@/lib/applications/queries';
import { ApplicationBoard } from './_components/application-board';
import { ApplicationFilters } from './_components/application-filters';
import { ApplicationTable } from './_components/application-table';
import { BulkStatusForm } from './_components/bulk-status-form';
import { NoticePreferenceForm } from './_components/notice-preference-form';
import { Pagination } from './_components/pagination';
import { ViewSwitch } from './_components/view-switch';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'applications.meta' });
  const { view } = parseApplicationFilters(await searchParams);
  return { title: view === 'board' ? t('boardTitle') : t('listTitle'), robots: { index: false } };
}

/**
 * Every application to the company's vacancies, as a list (pages, bulk status change) or a board (columns by
 * status, moves per card): status chips, vacancy and search filters, export.
 */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer/applications', locale }));
  const filters = parseApplicationFilters(await searchParams);
  const board = filters.view === 'board';
  const [t, list, columns, counts, vacancies, mode] = await Promise.all([
    getTranslations('applications.list'),
    board ? null : getApplications(user, filters),
    board ? getApplicationBoard(user, filters) : null,
    getApplicationStatusCounts(user, filters),
    getApplicationVacancyOptions(user, filters.vacancy),
    getNoticePreference(user),
  ]);
  // What an application page needs to walk the same list: filters and view, not the page.
  const context = filtersQuery(filters, { page: 1 });
  const exportQuery = filtersQuery(filters, { view: 'list', page: 1 });
  // A route handler, not a page: a plain <a>, without the locale prefix; the CSV speaks the page's language.
  const exportHref = `/api/employer/applications/export?${exportQuery ? `${exportQuery}&` : ''}lang=${locale}`;
  const filtered = filters.status.length > 0 || Boolean(filters.vacancy || filters.q);

  return (
    <Container className="py-10 sm:py-12">
      <Link href="/employer" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('back')}
      </Link>
      <div className="mt-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('heading')}</h1>
          {user.companies.length > 0 && (
            <p className="mt-2 text-ink-600">{t('lead', { company: user.companies.map((c) => c.name).join(', ') })}</p>
          )}
        </div>
        {user.companies.length > 0 && (
          <a href={exportHref} className={buttonStyles({ variant: 'secondary' })} download>
            {t('exportCsv')}
          </a>
        )}
      </div>

      {/* The board takes the whole width; the notice setting then goes below it. */}
      <div className={board ? 'mt-8 space-y-8' : 'mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]'}>
        <div className="min-w-0">
          {user.companies.length === 0 ? (
            <p className="rounded-card border border-line bg-surface p-6 text-ink-700" data-testid="no-company">
              {t('noCompany')}
            </p>
          ) : (
            <>
              <ViewSwitch filters={filters} />
              <div className="mt-5">
                <ApplicationFilters filters={filters} counts={counts} vacancies={vacancies} />
              </div>
              {columns && (
                <div className="mt-6">
                  <ApplicationBoard columns={columns} filters={filters} />
                </div>
              )}
              {list && (
                <>
                  <p className="mt-6 text-sm font-medium text-ink-700" data-testid="applications-total">
                    {t('total', { count: list.total })}
                  </p>
                  {list.items.length === 0 ? (
                    <p className="mt-4 text-ink-600">{filtered ? t('emptyFiltered') : t('empty')}</p>
                  ) : (
                    <div className="mt-3 space-y-3">
                      <BulkStatusForm />
                      <ApplicationTable items={list.items} context={context} />
                      <Pagination filters={filters} page={list.page} pageCount={list.pageCount} />
                    </div>
                  )}
                </>
              )}
            </>
          )}
        </div>
        <aside className={`h-fit rounded-card border border-line bg-surface p-5 shadow-card ${board ? 'max-w-xl' : ''}`}>
          <NoticePreferenceForm mode={mode} />
        </aside>
      </div>
    </Container>
  );
}
