import { useTranslations, type Locale } from 'next-intl';
import type { ReactNode } from 'react';
import { CompanyLogo } from '@/components/companies/company-logo';
import { PeopleIcon, PlaneIcon } from '@/components/companies/profile-icons';
import { Badge } from '@/components/ui/badge';
import { BriefcaseIcon, GlobeIcon, MapPinIcon, VerifiedIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import { linkLabel } from '@/lib/companies/link-labels';
import type { CompanyProfile } from '@/lib/companies/queries';

type Props = { company: CompanyProfile; vacancyCount: number; locale: Locale };

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Links typed by the company: no endorsement passed on (nofollow, ugc), no window.opener. */
const REL = 'nofollow ugc noopener';

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <dt className="flex shrink-0 items-center text-ink-500">
        {icon}
        <span className="sr-only">{label}</span>
      </dt>
      <dd className="min-w-0 truncate">{children}</dd>
    </div>
  );
}

/** Logo, name, verification, then industry, size, country and the company's links. */
export function CompanyHeader({ company, vacancyCount, locale }: Props) {
  const t = useTranslations('company');
  const tc = useTranslations('common');
  const industries = useTranslations('vocab.industry');
  const links = [
    { kind: 'website', url: company.website, label: t('website'), icon: <GlobeIcon className="size-4" /> },
    { kind: 'telegram', url: company.telegramUrl, label: t('telegram'), icon: <PlaneIcon className="size-4" /> },
    { kind: 'vk', url: company.vkUrl, label: t('vk'), icon: <span className="text-[0.6875rem] leading-4 font-bold">VK</span> },
  ] as const;
  const linkClass = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900';

  return (
    <header className="mt-4 flex items-start gap-4 sm:gap-6">
      <CompanyLogo name={company.name} logoHash={company.logoHash} size={96} className="size-16 sm:size-24 sm:text-4xl" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="text-[1.75rem] font-bold break-words sm:text-4xl">{company.name}</h1>
          {company.verified && (
            <Badge tone="verified">
              <VerifiedIcon className="size-4" />
              {tc('verifiedCompany')}
            </Badge>
          )}
        </div>
        <p className="mt-1 text-ink-600">{t('vacancyCount', { count: vacancyCount })}</p>
        <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-[0.9375rem] text-ink-700">
          <Fact icon={<BriefcaseIcon className="size-4" />} label={t('industry')}>
            <Link href={{ pathname: '/vacancies', query: { industry: company.industry } }} className="underline-offset-2 hover:text-brand-800 hover:underline">
              {industries(company.industry)}
            </Link>
          </Fact>
          {company.size && (
            <Fact icon={<PeopleIcon className="size-4" />} label={t('size')}>
              {t(`vocab.size.${company.size}`)}
            </Fact>
          )}
          {company.country && (
            <Fact icon={<MapPinIcon className="size-4" />} label={t('country')}>
              {countryName(company.country, locale)}
            </Fact>
          )}
          {links.map(
            (link) =>
              link.url && (
                <Fact key={link.kind} icon={link.icon} label={link.label}>
                  <a href={link.url} rel={REL} className={linkClass}>
                    {linkLabel(link.kind, link.url)}
                  </a>
                </Fact>
              ),
          )}
        </dl>
      </div>
    </header>
  );
}
