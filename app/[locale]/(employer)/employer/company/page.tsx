import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/app/[locale]/(auth)/_components/search-params';
import { Badge } from '@/components/ui/badge';
import { Container } from '@/components/ui/container';
import { VerifiedIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { getCompanyForEdit } from '@/lib/companies/queries';
import { InviteForm } from './_components/invite-form';
import { ProfileForm } from './_components/profile-form';
import { ProfileView } from './_components/profile-view';
import { TeamSection } from './_components/team-section';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'team.meta' });
  return { title: t('title'), robots: { index: false } };
}

/** The company's profile and team; `?company=<id>` picks one of the user's companies. */
export default async function CompanySettingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale === 'en' ? '/en/employer/company' : '/employer/company');
  const [t, tr, query] = await Promise.all([getTranslations('team'), getTranslations('vocab.memberRole'), searchParams]);

  const wanted = firstParam(query.company);
  const chosen = user.companies.find((c) => c.id === wanted) ?? user.companies[0];
  const company = chosen ? await getCompanyForEdit(user, chosen.id) : null;

  return (
    <Container className="max-w-3xl space-y-10 py-12">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {user.companies.length > 1 && (
          <nav aria-label={t('picker.label')}>
            <ul className="flex flex-wrap gap-2">
              {user.companies.map((c) => (
                <li key={c.id}>
                  <Link
                    href={{ pathname: '/employer/company', query: { company: c.id } }}
                    aria-current={c.id === chosen?.id ? 'page' : undefined}
                    className="inline-block rounded-control border border-line-strong px-3 py-1.5 text-sm font-medium aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
                  >
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
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
              <ProfileForm key={company.id} companyId={company.id} initial={company.profile} />
            ) : (
              <ProfileView profile={company.profile} />
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
