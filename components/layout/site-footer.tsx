import { useTranslations } from 'next-intl';
import { Container } from '@/components/ui/container';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MAIN_NAV } from './nav-items';

const footerLink = 'rounded text-ink-700 underline-offset-4 hover:text-brand-700 hover:underline';

export function SiteFooter() {
  const t = useTranslations('footer');
  const nav = useTranslations('nav');
  const developers = useTranslations('developers');
  const year = new Date().getFullYear();

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
              <li>
                <Link href="/employer" className={footerLink}>
                  {t('postVacancy')}
                </Link>
              </li>
              <li>
                <Link href="/signin" className={footerLink}>
                  {t('employerSignIn')}
                </Link>
              </li>
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
