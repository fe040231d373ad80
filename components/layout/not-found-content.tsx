import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ChatIcon } from '@/components/ui/icons';

export function NotFoundContent() {
  const t = useTranslations('errors.notFound');

  return (
    <Container size="narrow" className="py-20 text-center sm:py-28">
      <div className="mx-auto flex size-14 items-center justify-center rounded-2xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
        <ChatIcon className="size-7" />
      </div>
      <p className="mt-6 text-sm font-semibold tracking-wide text-accent-700 uppercase">{t('code')}</p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mx-auto mt-4 max-w-md text-ink-600">{t('text')}</p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <ButtonLink href="/">{t('home')}</ButtonLink>
        <ButtonLink href="/vacancies" variant="secondary">
          {t('vacancies')}
        </ButtonLink>
      </div>
    </Container>
  );
}
