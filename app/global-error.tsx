'use client';

import { usePathname } from 'next/navigation';
import { routing, type AppLocale } from '@/i18n/routing';
import en from '@/messages/pages/generic-error.en.json';
import ru from '@/messages/pages/generic-error.ru.json';
import './globals.css';

// Replaces the root layout when it fails, so no i18n provider is available: its strings are read straight
// from their own small message files (errors.generic), in the language of the current URL. Importing the
// whole catalogue here would put it in every page's JavaScript.
const catalogs: Record<AppLocale, typeof ru> = { ru, en };

function localeOf(pathname: string | null): AppLocale {
  const prefix = pathname?.split('/')[1];
  return routing.locales.find((l) => l === prefix) ?? routing.defaultLocale;
}

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = localeOf(usePathname());
  const t = catalogs[locale];

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh items-center justify-center bg-canvas px-4 font-sans text-ink-900">
        <title>{t.title}</title>
        <main className="max-w-md py-16 text-center">
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <p className="mt-4 text-ink-600">{t.text}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-11 items-center justify-center rounded-control bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t.retry}
            </button>
            {/* A full reload on purpose: the app shell itself failed. */}
            <a
              href={locale === routing.defaultLocale ? '/' : `/${locale}`}
              className="inline-flex min-h-11 items-center justify-center rounded-control border border-line-strong bg-surface px-5 font-semibold text-ink-900 hover:bg-brand-50"
            >
              {t.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
