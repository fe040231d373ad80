import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { COMPANY_FILTERS, CompanyFiltersSchema, getAdminCompanies } from '@/lib/moderation/directory-queries';
import { CompanyFlags } from '../_components/company-flags';
import { Pagination } from '../_components/pagination';
import { fieldClass, labelClass, linkClass, tableClass, tdClass, thClass } from '../_components/styles';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'moderation.meta' });
  return { title: t('companies'), robots: { index: false, follow: false } };
}

/** Companies to verify, warn or block: search by name, legal name or tax id; filter by marks. */
export default async function AdminCompaniesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/companies', locale }));
  const filters = CompanyFiltersSchema.parse(await searchParams);
  const [t, tf, td, format, result] = await Promise.all([
    getTranslations('moderation.companies'),
    getTranslations('moderation.filters'),
    getTranslations('decisions.status'),
    getFormatter(),
    getAdminCompanies(admin, filters),
  ]);
  if (!result) return null;

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('intro')}</p>

      <form method="get" role="search" aria-label={t('heading')} className="mt-6 flex flex-wrap items-end gap-3">
        <label className={`${labelClass} min-w-56 flex-1`}>
          {t('q')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} className={fieldClass} />
        </label>
        <label className={labelClass}>
          {t('status')}
          <select name="status" defaultValue={filters.status ?? ''} className={fieldClass}>
            <option value="">{t('any')}</option>
            {COMPANY_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {tf('apply')}
        </Button>
        {(filters.q || filters.status) && (
          <ButtonLink href="/admin/companies" variant="ghost">
            {tf('reset')}
          </ButtonLink>
        )}
      </form>

      <p className="mt-6 text-sm text-ink-600" role="status">
        {t('total', { count: result.total })}
      </p>
      {result.rows.length > 0 && (
        <div className="mt-3 overflow-x-auto rounded-card border border-line bg-surface">
          <table className={tableClass} data-testid="companies-table">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('columns.company')}</th>
                <th scope="col" className={thClass}>{t('columns.legal')}</th>
                <th scope="col" className={thClass}>{t('columns.flags')}</th>
                <th scope="col" className={thClass}>{t('columns.counts')}</th>
                <th scope="col" className={thClass}>{t('columns.created')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((c) => (
                <tr key={c.id} data-company-id={c.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/admin/companies/${c.id}`} className={linkClass}>
                      {c.name}
                    </Link>
                  </th>
                  <td className={tdClass}>
                    {c.legalName || c.taxId ? (
                      <>
                        {c.legalName && <span className="block">{c.legalName}</span>}
                        {c.taxId && <span className="block text-ink-600">{t('taxId', { taxId: c.taxId })}</span>}
                      </>
                    ) : (
                      <span className="text-ink-600">{t('legalMissing')}</span>
                    )}
                  </td>
                  <td className={tdClass}>
                    <CompanyFlags verified={c.verifiedAt !== null} warned={c.warnedAt !== null} blocked={c.blockedAt !== null} />
                  </td>
                  <td className={tdClass}>
                    {t('counts', { members: c.members, vacancies: c.vacancies })}
                    {c.hiddenByBlock > 0 && <span className="block text-red-800">{td('hiddenCount', { count: c.hiddenByBlock })}</span>}
                  </td>
                  <td className={tdClass}>{format.dateTime(c.createdAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname="/admin/companies" query={{ q: filters.q, status: filters.status }} page={result.page} pages={result.pages} />
    </Container>
  );
}
