import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { SaveVacancyButton } from '@/components/saved/save-vacancy-button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ClockIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import type { EndedSavedVacancy } from '@/lib/saved/queries';

const dateStyle = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** A saved vacancy that has ended: what happened, a link while its page exists, no way to apply. */
export function EndedSavedCard({ vacancy }: { vacancy: EndedSavedVacancy }) {
  const t = useTranslations('saved.ended');
  const format = useFormatter();
  const locale = useLocale();
  const contentLang = vacancy.locale !== locale ? vacancy.locale : undefined;
  const date = vacancy.endedAt && format.dateTime(vacancy.endedAt, dateStyle);
  const what =
    vacancy.reason === 'closed'
      ? date ? t('closed', { date }) : t('closedUndated')
      : vacancy.reason === 'expired'
        ? date ? t('expired', { date }) : t('expiredUndated')
        : t(vacancy.reason);

  return (
    <Card as="article" className="flex items-start gap-2 p-4 sm:p-5">
      <div className="min-w-0 flex-1">
        <h3 lang={contentLang} className="text-lg leading-snug font-semibold text-ink-800">
          {vacancy.hasPage ? (
            <Link href={`/vacancies/${vacancy.slug}`} className="underline-offset-2 hover:text-brand-800 hover:underline">
              {vacancy.title}
            </Link>
          ) : (
            vacancy.title
          )}
        </h3>
        <p className="mt-1 text-sm text-ink-600">{vacancy.companyName}</p>
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Badge tone="accent">
            <ClockIcon className="size-3.5" />
            {what}
          </Badge>
          {!vacancy.hasPage && <span className="text-ink-600">{t('noPage')}</span>}
        </p>
      </div>
      <SaveVacancyButton vacancyId={vacancy.id} title={vacancy.title} className="-mt-1.5 -mr-2" />
    </Card>
  );
}
