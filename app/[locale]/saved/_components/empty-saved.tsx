import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { ArrowRightIcon, BookmarkIcon } from '@/components/ui/icons';

/** Nothing saved (or nothing that still exists): what the page is for, and the way to the catalogue. */
export function EmptySaved() {
  const t = useTranslations('saved.empty');
  return (
    <div className="mt-8 rounded-card border border-dashed border-line-strong bg-surface/60 px-5 py-10 text-center sm:px-8">
      <div className="mx-auto flex size-12 items-center justify-center rounded-2xl bg-sand-100 text-ink-500">
        <BookmarkIcon className="size-6" />
      </div>
      <h2 className="mt-4 text-lg font-semibold">{t('title')}</h2>
      <p className="mx-auto mt-2 max-w-md text-ink-600">{t('text')}</p>
      <ButtonLink href="/vacancies" className="mt-6">
        {t('action')}
        <ArrowRightIcon className="size-4" />
      </ButtonLink>
    </div>
  );
}
