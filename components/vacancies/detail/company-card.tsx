import { useLocale, useTranslations } from 'next-intl';
import { CompanyLogo } from '@/components/companies/company-logo';
import { Card } from '@/components/ui/card';
import { VerifiedIcon } from '@/components/ui/icons';
import { Markdown } from '@/components/vacancies/markdown';
import { Link } from '@/i18n/navigation';
import type { VacancyCompany } from '@/lib/vacancies/detail-queries';
import { displayName } from './display-names';
import { ExternalIcon } from './icons';

/** The first paragraph of a company's Markdown description; the full text lives on the company page. */
function shortDescription(markdown: string): string {
  return markdown.split(/\n\s*\n/).find((block) => block.trim() && !/^\s*#/.test(block))?.trim() ?? '';
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function CompanyCard({ company }: { company: VacancyCompany }) {
  const t = useTranslations('vacancy.company');
  const tc = useTranslations('common');
  const tv = useTranslations('vocab.industry');
  const ta = useTranslations('vacancy.apply');
  const locale = useLocale();
  const summary = shortDescription(company.description);

  return (
    <Card as="section" aria-labelledby="company-heading">
      <h2 id="company-heading" className="text-sm font-semibold tracking-wide text-ink-600 uppercase">
        {t('heading')}
      </h2>
      <div className="mt-3 flex items-center gap-3">
        <CompanyLogo name={company.name} logoHash={company.logoHash} size={48} lazy />
        <p className="flex min-w-0 flex-wrap items-center gap-1.5 text-lg font-bold">
          <Link href={`/companies/${company.slug}`} className="text-ink-950 underline-offset-2 hover:text-brand-800 hover:underline">
            {company.name}
          </Link>
          {company.verified && (
            <span title={tc('verifiedCompany')} className="inline-flex text-brand-600">
              <VerifiedIcon className="size-5" />
              <span className="sr-only">{tc('verifiedCompany')}</span>
            </span>
          )}
        </p>
      </div>
      {summary && <Markdown className="mt-2 text-sm">{summary}</Markdown>}
      <dl className="mt-4 space-y-2 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-ink-600">{t('industry')}:</dt>
          <dd className="text-ink-900">{tv(company.industry)}</dd>
        </div>
        {company.country && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-ink-600">{t('country')}:</dt>
            <dd className="text-ink-900">{displayName(locale, 'region', company.country)}</dd>
          </div>
        )}
        {company.website && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-ink-600">{t('website')}:</dt>
            <dd className="min-w-0">
              <a
                href={company.website}
                target="_blank"
                rel="nofollow noopener"
                className="inline-flex items-center gap-1 font-semibold break-all text-brand-800 underline-offset-2 hover:underline"
              >
                {hostname(company.website)}
                <ExternalIcon className="size-4 shrink-0" />
                <span className="sr-only">{ta('newTab')}</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
      <Link
        href={`/companies/${company.slug}`}
        className="mt-4 inline-block text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
      >
        {t('profile')}
      </Link>
    </Card>
  );
}
