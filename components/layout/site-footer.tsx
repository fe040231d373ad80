import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { getHeaderSession } from '@/components/workspace/header-session';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MAIN_NAV } from './nav-items';

const footerLink = 'rounded text-ink-700 underline-offset-4 hover:text-brand-700 hover:underline';

/** The footer; a signed-in person is offered their workspace (or the admin area), not the employers' sign-in. */
export async function SiteFooter() {
  const [t, nav, developers, tw, session] = await Promise.all([
    getTranslations('footer'),
    getTranslations('nav'),
    getTranslations('developers'),
    getTranslations('workspace.footer'),
    getHeaderSession(),
  ]);
  const year = new Date().getFullYear();
  const employerLinks = !session
    ? [{ href: '/employer', label: t('postVacancy') }, { href: '/signin', label: t('employerSignIn') }]
    : [
        ...(session.user.role === 'admin' ? [{ href: '/admin', label: tw('admin') }] : []),
        ...(session.user.companies.length
          ? [{ href: '/employer', label: tw('workspace') }, { href: '/employer/vacancies/new', label: t('postVacancy') }]
          : session.user.role === 'admin' ? [] : [{ href: '/employer', label: tw('workspace') }]),
      ];

  return (
    <footer className="mt-auto border-t border-line bg-sand-100">
      <Container className="grid gap-10 py-12 md:grid-cols-[3fr_2fr]">
        <div className="max-w-sm">
          <Logo />
          <p className="mt-4 text-sm text-ink-600">{t('about')}</p>
        </div>

        <nav aria-label={t('navLabel')} className="grid grid-cols-2 gap-8">
          <div>
            <h2 className="text-sm font-semibold text-ink-950">{t('candidatesHeading')}</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {MAIN_NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={footerLink}>
                    {nav(item.labelKey)}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/applications" className={footerLink}>
                  {t('myApplications')}
                </Link>
              </li>
              <li>
                <Link href="/alerts" className={footerLink}>
                  {t('myAlerts')}
                </Link>
              </li>
            </ul>
          </div>
          <div>
            <h2 className="text-sm font-semibold text-ink-950">{t('employersHeading')}</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {employerLinks.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className={footerLink}>
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/developers" className={footerLink}>
                  {developers('footerLink')}
                </Link>
              </li>
            </ul>
          </div>
        </nav>
      </Container>

      <div className="border-t border-line">
        <Container className="flex flex-col-reverse gap-4 py-6 text-sm text-ink-600 sm:flex-row sm:items-center sm:justify-between">
          <p>
            {t('copyright', { year })} · {t('madeFor')}
          </p>
          <LanguageSwitcher variant="full" />
        </Container>
      </div>
    </footer>
  );
}
