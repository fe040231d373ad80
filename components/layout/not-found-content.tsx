import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ChatIcon } from '@/components/ui/icons';

/** The 404 body; `vacancy` says that the vacancy, not just a page, is missing. */
export function NotFoundContent({ subject = 'page' }: { subject?: 'page' | 'vacancy' }) {
  const t = useTranslations('errors.notFound');
  const vacancy = useTranslations('errors.vacancyNotFound');

  return (
    <Container size="narrow" className="py-20 text-center sm:py-28">
      <div className="mx-auto flex size-14 items-center justify-center rounded-2xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
        <ChatIcon className="size-7" />
      </div>
      <p className="mt-6 text-sm font-semibold tracking-wide text-accent-700 uppercase">{t('code')}</p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{subject === 'vacancy' ? vacancy('title') : t('title')}</h1>
      <p className="mx-auto mt-4 max-w-md text-ink-600">{subject === 'vacancy' ? vacancy('text') : t('text')}</p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <ButtonLink href="/">{t('home')}</ButtonLink>
        <ButtonLink href="/vacancies" variant="secondary">
          {t('vacancies')}
        </ButtonLink>
      </div>
    </Container>
  );
}
