'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

type Props = { error: unknown; retry: () => void };

export default function LocaleError({ error, retry }: Props) {
  const t = useTranslations('errors.generic');
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container size="narrow" className="py-20 text-center sm:py-28">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mx-auto mt-4 max-w-md text-ink-600">{t('text')}</p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Button onClick={() => retry()}>{t('retry')}</Button>
        <ButtonLink href="/" variant="secondary">
          {t('home')}
        </ButtonLink>
      </div>
      {digest && <p className="mt-8 text-xs text-ink-500">{t('reference', { digest })}</p>}
    </Container>
  );
}
