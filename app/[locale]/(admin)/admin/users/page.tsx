import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { userAccessAction } from '@/lib/moderation/actions';
import { getAdminUsers, UserFiltersSchema } from '@/lib/moderation/directory-queries';
import { USER_ROLES } from '@/lib/vocabularies';
import { AdminForm } from '../_components/admin-form';
import { ConfirmForm } from '../_components/confirm-step';
import { Pagination } from '../_components/pagination';
import { fieldClass, labelClass, tableClass, tdClass, thClass } from '../_components/styles';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'moderation.meta' });
  return { title: t('users'), robots: { index: false, follow: false } };
}

/** Accounts: search by email or name, filter by role and access; block (with a reason) or unblock. */
export default async function AdminUsersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/users', locale }));
  const filters = UserFiltersSchema.parse(await searchParams);
  const [t, tf, tform, tv, format, result] = await Promise.all([
    getTranslations('moderation.users'),
    getTranslations('moderation.filters'),
    getTranslations('moderation.form'),
    getTranslations('vocab.userRole'),
    getFormatter(),
    getAdminUsers(admin, filters),
  ]);
  if (!result) return null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });

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
          {t('role')}
          <select name="role" defaultValue={filters.role ?? ''} className={fieldClass}>
            <option value="">{t('anyRole')}</option>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {tv(r)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('blocked')}
          <select name="blocked" defaultValue={filters.blocked ?? ''} className={fieldClass}>
            <option value="">{t('blockedAny')}</option>
            <option value="yes">{t('blockedYes')}</option>
            <option value="no">{t('blockedNo')}</option>
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {tf('apply')}
        </Button>
        {(filters.q || filters.role || filters.blocked) && (
          <ButtonLink href="/admin/users" variant="ghost">
            {tf('reset')}
          </ButtonLink>
        )}
      </form>

      <p className="mt-6 text-sm text-ink-600" role="status">
        {t('total', { count: result.total })}
      </p>
      {result.rows.length > 0 && (
        <div className="mt-3 overflow-x-auto rounded-card border border-line bg-surface">
          <table className={tableClass} data-testid="users-table">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('columns.user')}</th>
                <th scope="col" className={thClass}>{t('columns.role')}</th>
                <th scope="col" className={thClass}>{t('columns.status')}</th>
                <th scope="col" className={thClass}>{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((u) => (
                <tr key={u.id} data-user-id={u.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <span className="block font-semibold">{u.name}</span>
                    <span className="block break-all text-ink-700">{u.email}</span>
                    {!u.emailVerified && <span className="block text-xs text-ink-600">{t('emailUnverified')}</span>}
                  </th>
                  <td className={tdClass}>
                    {tv(u.role)}
                    {u.companies.map((c) => (
                      <Link key={c.id} href={`/admin/companies/${c.id}`} className="block text-brand-800 underline-offset-2 hover:underline">
                        {c.name}
                      </Link>
                    ))}
                  </td>
                  <td className={tdClass}>
                    {u.blockedAt ? (
                      <>
                        <span className="block font-medium text-red-800">{t('blockedSince', { date: date(u.blockedAt) })}</span>
                        {u.blockedReason && <span className="block text-ink-700">{t('reason', { reason: u.blockedReason })}</span>}
                      </>
                    ) : (
                      t('active')
                    )}
                  </td>
                  <td className={tdClass}>
                    {u.id === admin.id ? (
                      <span className="text-ink-600">{t('you')}</span>
                    ) : u.blockedAt ? (
                      <AdminForm action={userAccessAction} hidden={{ userId: u.id, operation: 'unblock' }} submitLabel={t('unblock')} pendingLabel={tform('working')} />
                    ) : (
                      <ConfirmForm
                        action={userAccessAction}
                        hidden={{ userId: u.id, operation: 'block' }}
                        submitLabel={t('blockSubmit')}
                        pendingLabel={tform('working')}
                        reason={{ label: t('blockReason', { email: u.email }) }}
                        className="mt-2 w-64"
                        summary={t('block')}
                        testId="block-user-form"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname="/admin/users" query={{ q: filters.q, role: filters.role, blocked: filters.blocked }} page={result.page} pages={result.pages} />
    </Container>
  );
}
