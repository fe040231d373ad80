import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { ArrowRightIcon } from '@/components/ui/icons';
import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];
/** `step`: the link is the "previous" or "next" one (the catalogue adds its cursor to those). */
type Props = { page: number; pageCount: number; href: (page: number, step?: 'previous' | 'next') => Href };

/** Pages to show: the first, the last and two around the current one; null is a gap. */
function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const itemClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-control px-3 text-[0.9375rem] font-semibold';
const linkClass = 'text-ink-800 hover:bg-sand-100 hover:text-ink-950';

/** Numbered page links of a public list (the catalogue, a company's vacancies); `href` gives page n's link. */
export function Pagination({ page, pageCount, href }: Props) {
  const t = useTranslations('catalogue.pagination');
  if (pageCount <= 1) return null;

  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center justify-center gap-1">
      {page > 1 && (
        <Link href={href(page - 1, 'previous')} rel="prev" className={cx(itemClass, linkClass, 'gap-1.5')}>
          <ArrowRightIcon className="size-4 rotate-180" />
          <span className="max-sm:sr-only">{t('previous')}</span>
        </Link>
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-ink-500">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={cx(itemClass, 'bg-brand-700 text-white')}>
                  <span className="sr-only">{t('page', { page: n })}</span>
                  <span aria-hidden="true">{n}</span>
                </span>
              ) : (
                <Link href={href(n)} aria-label={t('page', { page: n })} className={cx(itemClass, linkClass)}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <Link href={href(page + 1, 'next')} rel="next" className={cx(itemClass, linkClass, 'gap-1.5')}>
          <span className="max-sm:sr-only">{t('next')}</span>
          <ArrowRightIcon className="size-4" />
        </Link>
      )}
    </nav>
  );
}
