import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, stretchedLink } from '@/components/ui/card';
import { ArrowRightIcon, BookIcon, ClockIcon, VerifiedIcon } from '@/components/ui/icons';
import { SaveVacancyButton } from '@/components/saved/save-vacancy-button';
import type { HomeVacancy } from '@/components/vacancies/types';
import { Link } from '@/i18n/navigation';

export function NewestVacancies({ vacancies }: { vacancies: HomeVacancy[] }) {
  const t = useTranslations('home.newest');

  return (
    <section aria-labelledby="newest-heading">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="newest-heading" className="text-2xl font-bold sm:text-3xl">
            {t('heading')}
          </h2>
          <p className="mt-2 text-ink-600">{t('lead')}</p>
        </div>
        {vacancies.length > 0 && (
          <Link
            href="/vacancies"
            className="inline-flex items-center gap-1.5 font-semibold text-brand-700 hover:text-brand-900"
          >
            {t('viewAll')}
            <ArrowRightIcon className="size-4" />
          </Link>
        )}
      </div>

      {vacancies.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2">
          {vacancies.map((vacancy) => (
            <li key={vacancy.slug} className="flex">
              <VacancyCard vacancy={vacancy} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VacancyCard({ vacancy }: { vacancy: HomeVacancy }) {
  const t = useTranslations();
  const format = useFormatter();

  return (
    <Card as="article" interactive className="flex w-full flex-col">
      <div className="flex items-center gap-1.5 text-sm text-ink-600">
        <span className="truncate">{vacancy.companyName}</span>
        {vacancy.companyVerified && (
          <span title={t('common.verifiedCompany')} className="inline-flex shrink-0 text-brand-600">
            <VerifiedIcon className="size-4" />
            <span className="sr-only">{t('common.verifiedCompany')}</span>
          </span>
        )}
        {/* The button sits above the card's stretched link (save-button.tsx), so it takes its own clicks. */}
        <SaveVacancyButton vacancyId={vacancy.id} title={vacancy.title} className="-my-2 -mr-2 ml-auto" />
      </div>
      <h3 className="mt-1.5 text-lg font-semibold leading-snug">
        <Link href={`/vacancies/${vacancy.slug}`} className={`text-ink-950 ${stretchedLink}`}>
          {vacancy.title}
        </Link>
      </h3>
      <p className={vacancy.salaryText ? 'mt-3 text-lg font-bold text-ink-950' : 'mt-3 text-ink-500'}>
        {vacancy.salaryText ?? t('common.salaryNotSpecified')}
      </p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-3 pt-5">
        <Badge tone="brand">
          <ClockIcon className="size-3.5" />
          {vacancy.scheduleLabel}
        </Badge>
        <p className="text-xs text-ink-500">
          <time dateTime={vacancy.publishedAt.toISOString()}>
            {t('home.newest.published', {
              date: format.dateTime(vacancy.publishedAt, { day: 'numeric', month: 'long' }),
            })}
          </time>
        </p>
      </div>
    </Card>
  );
}

function EmptyState() {
  const t = useTranslations('home.newest');
  return (
    <div className="mt-8 rounded-card border border-dashed border-line-strong bg-surface/60 px-6 py-12 text-center">
      <div className="mx-auto flex size-12 items-center justify-center rounded-2xl bg-sand-100 text-ink-500">
        <ClockIcon className="size-6" />
      </div>
      <h3 className="mt-4 text-lg font-semibold">{t('emptyTitle')}</h3>
      <p className="mx-auto mt-2 max-w-md text-ink-600">{t('emptyText')}</p>
      <ButtonLink href="/guide" variant="secondary" className="mt-6">
        <BookIcon className="size-4" />
        {t('emptyAction')}
      </ButtonLink>
    </div>
  );
}
