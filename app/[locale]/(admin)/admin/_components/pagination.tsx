import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

type Props = { pathname: string; query: Record<string, string | number | undefined>; page: number; pages: number };

const linkClass = 'inline-flex min-h-11 items-center rounded-control border border-line-strong bg-surface px-4 text-sm font-semibold hover:bg-brand-50';

/** Previous / next links that keep the filters in the URL. */
export function Pagination({ pathname, query, page, pages }: Props) {
  const t = useTranslations('moderation.pagination');
  if (pages <= 1) return null;
  const kept = Object.fromEntries(Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[0] !== 'page'));
  const href = (p: number) => ({ pathname, query: p > 1 ? { ...kept, page: p } : kept });
  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t('prev')}
        </Link>
      )}
      <span className="text-sm text-ink-600">{t('page', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
