import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { filtersQuery, parseApplicationFilters } from '@/lib/applications/pipeline-schemas';
import {
  getApplications,
  getApplicationStatusCounts,
  getApplicationVacancyOptions,
  getNoticePreference,
} from '@/lib/applications/queries';
import { ApplicationFilters } from './_components/application-filters';
import { ApplicationTable } from './_components/application-table';
import { NoticePreferenceForm } from './_components/notice-preference-form';
import { Pagination } from './_components/pagination';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'applications.meta' });
  return { title: t('listTitle'), robots: { index: false } };
}

/** Every application to the company's vacancies: status chips, vacancy and search filters, pages, export. */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale === 'en' ? '/en/employer/applications' : '/employer/applications');
  const filters = parseApplicationFilters(await searchParams);
  const [t, list, counts, vacancies, mode] = await Promise.all([
    getTranslations('applications.list'),
    getApplications(user, filters),
    getApplicationStatusCounts(user, filters),
    getApplicationVacancyOptions(user, filters.vacancy),
    getNoticePreference(user),
  ]);
  const query = filtersQuery(filters, { page: 1 });
  // A route handler, not a page: a plain <a>, without the locale prefix.
  const exportHref = `/api/employer/applications/export${query ? `?${query}` : ''}`;
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

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          {user.companies.length === 0 ? (
            <p className="rounded-card border border-line bg-surface p-6 text-ink-700" data-testid="no-company">
              {t('noCompany')}
            </p>
          ) : (
            <>
              <ApplicationFilters filters={filters} counts={counts} vacancies={vacancies} />
              <p className="mt-6 text-sm font-medium text-ink-700" data-testid="applications-total">
                {t('total', { count: list.total })}
              </p>
              {list.items.length === 0 ? (
                <p className="mt-4 text-ink-600">{filtered ? t('emptyFiltered') : t('empty')}</p>
              ) : (
                <div className="mt-3">
                  <ApplicationTable items={list.items} />
                  <Pagination filters={filters} page={list.page} pageCount={list.pageCount} />
                </div>
              )}
            </>
          )}
        </div>
        <aside className="h-fit rounded-card border border-line bg-surface p-5 shadow-card">
          <NoticePreferenceForm mode={mode} />
        </aside>
      </div>
    </Container>
  );
}
