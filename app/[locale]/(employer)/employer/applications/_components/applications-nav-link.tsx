import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';

/** The way from the dashboard to the company's applications. */
export function ApplicationsNavLink() {
  const t = useTranslations('applications.nav');
  return (
    <ButtonLink href="/employer/applications" variant="secondary">
      {t('link')}
    </ButtonLink>
  );
}
