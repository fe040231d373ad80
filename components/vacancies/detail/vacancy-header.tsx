import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { SaveVacancyButton } from '@/components/saved/save-vacancy-button';
import { Badge } from '@/components/ui/badge';
import { ArrowRightIcon, ChatIcon, GlobeIcon, GraduationIcon, MoonIcon, VerifiedIcon } from '@/components/ui/icons';
import { CompanyLogo } from '@/components/companies/company-logo';
import { Link } from '@/i18n/navigation';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';

const dateStyle = { day: 'numeric', month: 'long', year: 'numeric' } as const;

type Props = {
  vacancy: VacancyDetail;
  /** Adds the save button (public page only). */
  saveable?: boolean;
  /** A preview of an ad that was never published: no publication date to show. */
  unpublished?: boolean;
};

/** Company, title, quick badges and dates: what a candidate scans first. */
export function VacancyHeader({ vacancy, saveable = false, unpublished = false }: Props) {
  const t = useTranslations('vacancy');
  const tc = useTranslations('common');
  const tv = useTranslations('vocab');
  const format = useFormatter();
  const locale = useLocale();
  const contentLang = vacancy.locale !== locale ? vacancy.locale : undefined;

  return (
    <header>
      <Link
        href="/vacancies"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800"
      >
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('back')}
      </Link>

      <p className="mt-6 flex flex-wrap items-center gap-1.5 text-ink-700">
        <CompanyLogo name={vacancy.company.name} logoHash={vacancy.company.logoHash} size={32} monogram={false} className="mr-1 rounded-lg" />
        <Link
          href={`/companies/${vacancy.company.slug}`}
          className="font-semibold text-brand-800 underline-offset-2 hover:underline"
        >
          {vacancy.company.name}
        </Link>
        {vacancy.company.verified && (
          <span className="inline-flex items-center gap-1 text-sm text-brand-700">
            <VerifiedIcon className="size-4" />
            {tc('verifiedCompany')}
          </span>
        )}
      </p>

      <div className="mt-2 flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <h1 lang={contentLang} className="min-w-0 text-[1.75rem] font-bold leading-tight sm:text-4xl">
          {vacancy.title}
        </h1>
        {saveable && <SaveVacancyButton vacancyId={vacancy.id} title={vacancy.title} variant="labelled" className="sm:mt-1.5" />}
      </div>

      <ul className="mt-4 flex flex-wrap gap-2">
        <li>
          <Badge>{tv(`industry.${vacancy.industry}`)}</Badge>
        </li>
        <li>
          <Badge tone="brand">
            <ChatIcon className="size-3.5" />
            {vacancy.voiceRequired ? t('badges.voice') : t('badges.chatOnly')}
          </Badge>
        </li>
        {vacancy.trainingProvided && (
          <li>
            <Badge tone="brand">
              <GraduationIcon className="size-3.5" />
              {t('badges.training')}
            </Badge>
          </li>
        )}
        {vacancy.abroadAllowed && (
          <li>
            <Badge tone="brand">
              <GlobeIcon className="size-3.5" />
              {t('badges.abroad')}
            </Badge>
          </li>
        )}
        {vacancy.nightShifts && (
          <li>
            <Badge tone="accent">
              <MoonIcon className="size-3.5" />
              {t('badges.night')}
            </Badge>
          </li>
        )}
      </ul>

      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-600">
        {unpublished ? (
          <span>{t('header.notPublished')}</span>
        ) : (
          <time dateTime={vacancy.publishedAt.toISOString()}>
            {t('header.published', { date: format.dateTime(vacancy.publishedAt, dateStyle) })}
          </time>
        )}
        {vacancy.state === 'open' && vacancy.expiresAt && (
          <time dateTime={vacancy.expiresAt.toISOString()}>
            {t('header.validUntil', { date: format.dateTime(vacancy.expiresAt, dateStyle) })}
          </time>
        )}
        {contentLang && <span>{t('header.contentLanguage')}</span>}
      </p>
    </header>
  );
}
