'use client';

import NextLink from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { join } from '@/components/ui/join';
import { useHydrated } from '@/components/ui/use-hydrated';
import { getPathname, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

export type LanguageSwitcherProps = { variant?: 'compact' | 'full'; className?: string };
type Props = LanguageSwitcherProps;

/**
 * The links with the page's query. The server renders them with the request's query (read from a header,
 * see language-switcher.tsx), so they keep it without JavaScript too; once hydrated they follow the URL,
 * which client navigations change under a layout that does not render again.
 */
export function LanguageLinksWithQuery({ serverSearch, ...props }: Props & { serverSearch: string }) {
  const hydrated = useHydrated();
  const search = useSearchParams().toString();
  return <LanguageLinks {...props} search={hydrated ? search : serverSearch.replace(/^\?/, '')} />;
}

export function LanguageLinks({ variant = 'compact', className, search }: Props & { search: string }) {
  const t = useTranslations('languageSwitcher');
  const current = useLocale();
  const pathname = usePathname();

  return (
    <nav aria-label={t('label')} className={className}>
      <ul
        className={join(
          'flex items-center',
          variant === 'compact' ? 'gap-0.5 rounded-full bg-sand-100 p-1 ring-1 ring-inset ring-sand-200' : 'gap-2',
        )}
      >
        {routing.locales.map((locale) => {
          const label = variant === 'compact' ? t(`short.${locale}`) : t(locale);
          const itemClass = join(
            'inline-flex min-h-8 items-center justify-center rounded-full font-semibold',
            variant === 'compact' ? 'min-w-10 px-2.5 text-xs tracking-wide' : 'px-3.5 py-1.5 text-sm',
          );
          if (locale === current) {
            return (
              <li key={locale}>
                <span
                  aria-current="true"
                  lang={locale}
                  title={t(locale)}
                  className={join(itemClass, 'bg-surface text-ink-950 shadow-sm ring-1 ring-sand-200')}
                >
                  {variant === 'compact' ? <span aria-hidden="true">{label}</span> : label}
                  {variant === 'compact' && <span className="sr-only">{t(locale)}</span>}
                </span>
              </li>
            );
          }
          // Computed href (not next-intl's `locale` prop): that one forces a `/ru` prefix, which only redirects.
          const href = getPathname({ href: pathname, locale }) + (search ? `?${search}` : '');
          return (
            <li key={locale}>
              <NextLink
                href={href}
                hrefLang={locale}
                lang={locale}
                prefetch={false}
                title={t(locale)}
                className={join(itemClass, 'text-ink-600 hover:bg-surface/70 hover:text-ink-950')}
              >
                {variant === 'compact' ? <span aria-hidden="true">{label}</span> : label}
                {variant === 'compact' && <span className="sr-only">{t(locale)}</span>}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
