import { useTranslations, type Locale } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { BriefcaseIcon, GlobeIcon, MapPinIcon, VerifiedIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import type { CompanyProfile } from '@/lib/companies/queries';

type Props = { company: CompanyProfile; vacancyCount: number; locale: Locale };

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Name, verification, industry, country and website of a company. */
export function CompanyHeader({ company, vacancyCount, locale }: Props) {
  const t = useTranslations('company');
  const tc = useTranslations('common');
  const industries = useTranslations('vocab.industry');
  const website = company.website ? new URL(company.website) : null;

  return (
    <header className="mt-4 flex items-start gap-4 sm:gap-5">
      <span
        aria-hidden="true"
        className="flex size-12 shrink-0 items-center justify-center rounded-2xl bg-brand-700 text-xl font-bold text-white shadow-card sm:size-16 sm:text-2xl"
      >
        {company.name.trim().charAt(0).toUpperCase()}
      </span>
      <div className="min-w-0">
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
          <div className="flex items-center gap-2">
            <dt className="flex items-center">
              <BriefcaseIcon className="size-4 text-ink-500" />
              <span className="sr-only">{t('industry')}</span>
            </dt>
            <dd>
              <Link href={{ pathname: '/vacancies', query: { industry: company.industry } }} className="underline-offset-2 hover:text-brand-800 hover:underline">
                {industries(company.industry)}
              </Link>
            </dd>
          </div>
          {company.country && (
            <div className="flex items-center gap-2">
              <dt className="flex items-center">
                <MapPinIcon className="size-4 text-ink-500" />
                <span className="sr-only">{t('country')}</span>
              </dt>
              <dd>{countryName(company.country, locale)}</dd>
            </div>
          )}
          {website && (
            <div className="flex items-center gap-2">
              <dt className="flex items-center">
                <GlobeIcon className="size-4 text-ink-500" />
                <span className="sr-only">{t('website')}</span>
              </dt>
              <dd>
                <a href={website.toString()} rel="nofollow noopener" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
                  {website.hostname.replace(/^www\./, '')}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </header>
  );
}
