import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { compiledMessages } from '@/i18n/compiled-messages';
import { pickClientMessages, type ClientArea } from '@/i18n/client-messages';

/** Gives the Client Components below the messages of `area` as well as the shell's (i18n/client-messages.ts). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickClientMessages(compiledMessages(messages), area)}>
      {children}
    </NextIntlClientProvider>
  );
}
