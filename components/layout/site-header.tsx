import { getTranslations } from 'next-intl/server';
import { buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { SavedNavLink } from '@/components/saved/saved-nav-link';
import { getHeaderSession } from '@/components/workspace/header-session';
import { AccountLinks, AccountMenu } from './account-menu';
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

/**
 * The site header, rendered on the server with the session: a visitor gets the employers' entrance, a signed-in
 * person their workspace (or the admin area), their name with the company switcher and sign-out. Nothing here
 * adds JavaScript to public pages beyond the two disclosures' close-on-navigate.
 */
export async function SiteHeader() {
  const [t, ts, tw, session] = await Promise.all([
    getTranslations('nav'),
    getTranslations('saved.nav'),
    getTranslations('workspace.header'),
    getHeaderSession(),
  ]);
  const isAdmin = session?.user.role === 'admin';
  // Where "my work" is: an admin's is moderation (unless they also belong to a company), an employer's the workspace.
  const workLink = !session
    ? { href: EMPLOYER_NAV.href, label: t(EMPLOYER_NAV.labelKey) }
    : isAdmin
      ? { href: '/admin', label: tw('admin') }
      : { href: '/employer', label: tw('workspace') };

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
          <div className="hidden items-center gap-2 md:flex">
            <NavLink
              href={workLink.href}
              className={session ? `${desktopLink} max-lg:hidden` : buttonStyles({ variant: 'secondary', size: 'sm' })}
              data-testid={isAdmin ? 'admin-link' : 'work-link'}
            >
              {workLink.label}
            </NavLink>
            {session && <AccountMenu session={session} />}
          </div>
          <LanguageSwitcher />
          <MobileNav summaryLabel={t('menu')}>
            <Container>
              <nav aria-label={t('mobileLabel')} className="py-3">
                <ul className="flex flex-col gap-1">
                  {[...MAIN_NAV.map((item) => ({ href: item.href, label: t(item.labelKey) })), ...(session ? [] : [workLink])].map((item) => (
                    <li key={item.href}>
                      <NavLink href={item.href} className={mobileLink}>
                        {item.label}
                        <ArrowRightIcon className="size-4 text-ink-400" />
                      </NavLink>
                    </li>
                  ))}
                </ul>
                {session && (
                  <div className="mt-3 border-t border-line pt-3">
                    <AccountLinks session={session} idPrefix="mobile-menu" linkClassName={mobileLink} />
                  </div>
                )}
              </nav>
            </Container>
          </MobileNav>
        </div>
      </Container>
    </header>
  );
}
