import { useTranslations } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { SavedNavLink } from '@/components/saved/saved-nav-link';
import { AdminLink } from './admin-link';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MobileNav } from './mobile-nav';
import { NavLink } from './nav-link';
import { EMPLOYER_NAV, MAIN_NAV } from './nav-items';

const desktopLink =
  'rounded-lg px-3 py-2 text-[0.9375rem] font-medium whitespace-nowrap text-ink-700 transition-colors hover:bg-sand-100 hover:text-ink-950 aria-[current=page]:text-brand-700 aria-[current=page]:bg-brand-50';

// Always visible: a word and a count on wide screens, the icon and the count on small ones.
const savedLink =
  'relative inline-flex min-h-10 min-w-10 items-center justify-center gap-1.5 rounded-lg px-2 text-[0.9375rem] font-medium text-ink-700 transition-colors hover:bg-sand-100 hover:text-ink-950 md:px-3 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700';

const mobileLink =
  'flex min-h-12 items-center justify-between rounded-control px-3 text-base font-medium text-ink-900 hover:bg-sand-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800';

export function SiteHeader() {
  const t = useTranslations('nav');
  const tm = useTranslations('moderation.nav');
  const ts = useTranslations('saved.nav');

  return (
    <header className="sticky top-0 z-30 border-b border-line/80 bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
      <Container className="relative flex h-16 items-center gap-3">
        <Logo className="mr-auto md:mr-6" />

        <nav aria-label={t('mainLabel')} className="hidden md:block">
          <ul className="flex items-center gap-1">
            {MAIN_NAV.map((item) => (
              <li key={item.href} className={'wideOnly' in item ? 'hidden lg:block' : undefined}>
                <NavLink href={item.href} className={desktopLink}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <div className="ml-auto flex items-center gap-2 sm:gap-3">
          <SavedNavLink label={ts('label')} className={savedLink} />
          <div className="hidden items-center gap-1 md:flex">
            <AdminLink label={tm('siteLink')} className={`${desktopLink} peer is-admin`} />
            {/* An admin's own link takes the employers' place below 2xl: the row has no room for both in Russian. */}
            <NavLink href={EMPLOYER_NAV.href} className={`${buttonStyles({ variant: 'secondary', size: 'sm' })} max-2xl:peer-[.is-admin]:hidden`}>
              {t(EMPLOYER_NAV.labelKey)}
            </NavLink>
          </div>
          <LanguageSwitcher />
          <MobileNav summaryLabel={t('menu')}>
            <Container>
              <nav aria-label={t('mobileLabel')} className="py-3">
                <ul className="flex flex-col gap-1">
                  {[...MAIN_NAV, EMPLOYER_NAV].map((item) => (
                    <li key={item.href}>
                      <NavLink href={item.href} className={mobileLink}>
                        {t(item.labelKey)}
                        <ArrowRightIcon className="size-4 text-ink-400" />
                      </NavLink>
                    </li>
                  ))}
                  <AdminLink label={tm('siteLink')} className={mobileLink} listItem>
                    <ArrowRightIcon className="size-4 text-ink-400" />
                  </AdminLink>
                </ul>
              </nav>
            </Container>
          </MobileNav>
        </div>
      </Container>
    </header>
  );
}
