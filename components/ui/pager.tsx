import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

/** Previous / next links for a paged list; `hrefFor` keeps the list's filters in the URL. */
export function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => Href }) {
  const t = useTranslations('pager');
  if (pages <= 1) return null;
  const linkClass = buttonStyles({ variant: 'secondary', size: 'sm' });
  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t('prev')}
        </Link>
      )}
      <span className="text-sm text-ink-600" aria-current="page">
        {t('page', { page, pages })}
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
