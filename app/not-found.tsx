import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { SiteShell } from '@/components/layout/site-shell';

// Unmatched URLs (/en/no-such-page, /no-such-page) land here rather than in app/[locale]/not-found.tsx.
// The proxy has already resolved the locale from the path (/foo.txt and /api/* fall back to Russian),
// so this renders the full localized site around the message, server-side.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { absolute: `${t('notFound.title')} — ${t('siteName')}` } };
}

export default async function RootNotFound() {
  const locale = await getLocale();
  return (
    <SiteShell locale={locale}>
      <NotFoundContent />
    </SiteShell>
  );
}
