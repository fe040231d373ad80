import { NextIntlClientProvider, type Locale } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { compiledMessages } from '@/i18n/compiled-messages';
import { pickClientMessages } from '@/i18n/client-messages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The whole document: <html lang>, skip link, header, main landmark, footer, client messages. */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [t, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'common' }),
    getMessages({ locale }),
  ]);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-canvas font-sans text-ink-900">
        <NextIntlClientProvider locale={locale} messages={pickClientMessages(compiledMessages(messages))}>
          <a
            href="#main"
            className="sr-only z-50 rounded-control bg-brand-800 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
          >
            {t('skipToContent')}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
