import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser, requireRole, type CurrentUser } from '@/lib/accounts/queries';
import { companyModerationAction } from '@/lib/moderation/actions';
import { getAdminCompany } from '@/lib/moderation/directory-queries';
import { DISPLAY_STATUSES, type DisplayStatus } from '@/lib/moderation/display-status';
import { AdminForm } from '../../_components/admin-form';
import { CompanyFlags } from '../../_components/company-flags';
import { ConfirmForm } from '../../_components/confirm-step';
import { linkClass } from '../../_components/styles';

type Props = { params: Promise<{ locale: string; id: string }> };

// generateMetadata and the page read the company once per request.
const adminCompany = cache((admin: CurrentUser, id: string) => getAdminCompany(admin, id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [{ id }, t, user] = await Promise.all([params, getTranslations({ locale, namespace: 'moderation.meta' }), getCurrentUser()]);
  const company = user?.role === 'admin' ? await adminCompany(user, id) : null;
  return { title: company ? t('company', { name: company.name }) : t('companies'), robots: { index: false, follow: false } };
}

/** One company for the admin: legal details to check, verification, warning and block, members, vacancies. */
export default async function AdminCompanyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const admin = await requireRole('admin', getPathname({ href: `/admin/companies/${encodeURIComponent(id)}`, locale }));
  const company = await adminCompany(admin, id);
  if (!company) notFound();
  const [t, tf, tv, td, format] = await Promise.all([
    getTranslations('moderation.company'),
    getTranslations('moderation.form'),
    getTranslations('vocab'),
    getTranslations('decisions.status'),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const statusLabel = (s: DisplayStatus) => (s === 'hiddenByBlock' ? td('hiddenByBlock') : tv(`vacancyStatus.${s}`));
  const hasLegal = Boolean(company.legalName?.trim() && company.taxId?.trim());
  const legal: [string, string | null][] = [
    [t('name'), company.name],
    [t('legalName'), company.legalName],
    [t('taxId'), company.taxId],
    [t('website'), company.website],
    [t('country'), company.country],
    [t('createdAt'), date(company.createdAt)],
  ];
  const form = { action: companyModerationAction, pendingLabel: tf('working') };

  return (
    <Container className="py-8 sm:py-10">
      <Link href="/admin/companies" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('back')}
      </Link>
      <h1 className="mt-6 flex flex-wrap items-center gap-3 text-3xl font-bold text-ink-950">
        {company.name}
        <CompanyFlags verified={company.verifiedAt !== null} warned={company.warnedAt !== null} blocked={company.blockedAt !== null} />
      </h1>
      {!company.blockedAt && (
        <p className="mt-2">
          <Link href={`/companies/${company.slug}`} className={linkClass}>
            {t('publicPage')}
          </Link>
        </p>
      )}

      <div className="mt-8 grid items-start gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="legal-heading">
          <h2 id="legal-heading" className="text-lg font-bold">
            {t('legalHeading')}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="legal-details">
            {legal.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-ink-600">{label}</dt>
                <dd className="break-words">{value ?? <span className="text-ink-600">{t('notGiven')}</span>}</dd>
              </div>
            ))}
          </dl>
        </Card>

        <Card as="section" aria-labelledby="verify-heading">
          <h2 id="verify-heading" className="text-lg font-bold">
            {t('verifyHeading')}
          </h2>
          <p className="mt-2 text-sm" data-testid="verification">
            {company.verifiedAt
              ? company.verifiedBy
                ? t('verifiedBy', { date: date(company.verifiedAt), name: company.verifiedBy })
                : t('verifiedOn', { date: date(company.verifiedAt) })
              : t('notVerified')}
          </p>
          {company.verifiedAt ? (
            <AdminForm {...form} hidden={{ companyId: company.id, operation: 'unverify' }} submitLabel={t('unverify')} />
          ) : (
            <>
              <p className="mt-2 text-sm text-ink-600">{hasLegal ? t('verifyHint') : t('missingLegal')}</p>
              {hasLegal && <AdminForm {...form} hidden={{ companyId: company.id, operation: 'verify' }} submitLabel={t('verify')} variant="primary" />}
            </>
          )}
        </Card>

        <Card as="section" aria-labelledby="sanctions-heading" className="lg:col-span-2">
          <h2 id="sanctions-heading" className="text-lg font-bold">
            {t('sanctionsHeading')}
          </h2>
          {company.warnedAt && <p className="mt-2 text-sm text-accent-700">{t('warnedAt', { date: date(company.warnedAt) })}</p>}
          {company.blockedAt && <p className="mt-2 text-sm text-red-800">{t('blockedAt', { date: date(company.blockedAt), reason: company.blockedReason ?? '—' })}</p>}
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            <AdminForm {...form} hidden={{ companyId: company.id, operation: 'warn' }} submitLabel={t('warn')} reason={{ label: t('warnReason') }} testId="warn-form" />
            {company.blockedAt ? (
              <AdminForm {...form} hidden={{ companyId: company.id, operation: 'unblock' }} submitLabel={t('unblock')} testId="unblock-form" />
            ) : (
              <ConfirmForm
                {...form}
                hidden={{ companyId: company.id, operation: 'block' }}
                submitLabel={t('block')}
                reason={{ label: t('blockReason'), hint: t('blockHint') }}
                testId="block-form"
              />
            )}
          </div>
        </Card>

        <Card as="section" aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-lg font-bold">
            {t('membersHeading')}
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {company.members.map((m) => (
              <li key={m.id}>
                <span className="font-medium">{m.name}</span> <span className="text-ink-600">{m.email}</span> · {tv(`memberRole.${m.role}`)}
                {m.blocked && <span className="ml-1 text-red-800">({t('memberBlocked')})</span>}
              </li>
            ))}
          </ul>
        </Card>

        <Card as="section" aria-labelledby="vacancies-heading">
          <h2 id="vacancies-heading" className="text-lg font-bold">
            {t('vacanciesHeading')}
          </h2>
          <p className="mt-2 text-sm">{t('openReports', { count: company.openReports })}</p>
          <h3 className="mt-3 text-sm font-semibold">{t('statusCounts')}</h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {DISPLAY_STATUSES.filter((s) => company.statusCounts[s]).map((s) => (
              <li key={s} data-status={s} className={s === 'hiddenByBlock' ? 'text-red-800' : undefined}>
                {statusLabel(s)}: <strong>{company.statusCounts[s]}</strong>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 text-sm font-semibold">{t('recent')}</h3>
          {company.recentVacancies.length === 0 ? (
            <p className="mt-1 text-sm text-ink-600">{t('noVacancies')}</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {company.recentVacancies.map((v) => (
                <li key={v.id}>
                  <Link href={`/admin/moderation/${v.id}`} className={linkClass}>
                    {v.title}
                  </Link>{' '}
                  <span className="text-ink-600">
                    · {statusLabel(v.status)} · {date(v.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </Container>
  );
}
