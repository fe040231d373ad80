import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';

// An unknown, malformed or non-public vacancy slug: the tab and search results say what is missing.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await getLocale(), namespace: 'errors.vacancyNotFound' });
  return { title: t('metaTitle'), robots: { index: false, follow: true } };
}

export default function VacancyNotFound() {
  return <NotFoundContent subject="vacancy" />;
}
