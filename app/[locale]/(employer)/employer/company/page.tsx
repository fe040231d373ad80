import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { VerifiedIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { CompanyLogo } from '@/components/companies/company-logo';
import { requireUser } from '@/lib/accounts/queries';
import { getActiveCompany } from '@/lib/companies/active-company-queries';
import { getCompanyForEdit } from '@/lib/companies/queries';
import { countryOptions } from '@/lib/countries';
import { InviteForm } from './_components/invite-form';
import { LogoForm } from './_components/logo-form';
import { ProfileForm } from './_components/profile-form';
import { ProfileView } from './_components/profile-view';
import { TeamSection } from './_components/team-section';
import { getPathname } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'team.meta' });
  return { title: t('title'), robots: { index: false } };
}

/** The active company's profile, logo and team (the header's switcher picks the company). */
export default async function CompanySettingsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer/company', locale }));
  const [t, tr, tl, chosen] = await Promise.all([
    getTranslations('team'),
    getTranslations('vocab.memberRole'),
    getTranslations('company.form.logo'),
    getActiveCompany(user),
  ]);
  const company = chosen ? await getCompanyForEdit(user, chosen.id) : null;

  return (
    <Container className="max-w-3xl space-y-10 py-12">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
      </header>

      {!company || !chosen ? (
        <p className="rounded-control border border-line bg-sand-50 px-4 py-3 text-ink-800">{t('noCompany')}</p>
      ) : (
        <>
          <section aria-labelledby="profile-heading" className="space-y-5">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="profile-heading" className="text-2xl font-bold">
                {t('profile.heading')}
              </h2>
              {company.verified ? (
                <Badge tone="verified" className="inline-flex items-center gap-1">
                  <VerifiedIcon aria-hidden="true" className="size-4" />
                  {t('profile.verified')}
                </Badge>
              ) : (
                <Badge>{t('profile.notVerified')}</Badge>
              )}
            </div>
            <p className="text-sm text-ink-600">{t('roleIs', { role: tr(company.role) })}</p>
            {company.role === 'owner' ? (
              <>
                <section aria-labelledby="logo-heading" className="space-y-3">
                  <h3 id="logo-heading" className="text-lg font-semibold">
                    {tl('heading')}
                  </h3>
                  <LogoForm
                    key={company.id}
                    companyId={company.id}
                    hasLogo={company.logoHash !== null}
                    preview={<CompanyLogo name={company.profile.name} logoHash={company.logoHash} size={96} />}
                  />
                </section>
                <ProfileForm key={company.id} companyId={company.id} initial={company.profile} countries={countryOptions(locale)} />
              </>
            ) : (
              <ProfileView profile={company.profile} logoHash={company.logoHash} />
            )}
          </section>

          <TeamSection company={company} companyName={company.profile.name} actorId={user.id} />

          {company.role === 'owner' && (
            <section aria-labelledby="invite-heading" className="space-y-4">
              <h2 id="invite-heading" className="text-2xl font-bold">
                {t('invite.heading')}
              </h2>
              <p className="text-sm text-ink-600">{t('invite.lead')}</p>
              <InviteForm key={company.id} companyId={company.id} />
            </section>
          )}
        </>
      )}
    </Container>
  );
}
