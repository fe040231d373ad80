import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { buildPageMetadata } from '@/lib/seo';
import { EmployerCta } from './_components/employer-cta';
import { HomeHero } from './_components/home-hero';
import { IndustryCounts } from './_components/industry-counts';
import { LearnMore } from './_components/learn-more';
import { NewestVacancies } from './_components/newest-vacancies';
import { PayFactors } from './_components/pay-factors';
import { WhyChatSupport } from './_components/why-chat-support';
import { getHomeData } from './_components/home-data';

// Newest vacancies and counts change with every approval; render per request.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return buildPageMetadata({
    path: '/',
    locale,
    title: t('defaultTitle'),
    description: t('home.description'),
    absoluteTitle: true,
  });
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);

  const { newestVacancies, industryCounts } = await getHomeData(locale);

  return (
    <>
      <HomeHero />
      <Container className="space-y-20 py-16 sm:space-y-24 sm:py-20">
        <NewestVacancies vacancies={newestVacancies} />
        <IndustryCounts counts={industryCounts} />
        <WhyChatSupport />
        <PayFactors />
        <LearnMore />
        <EmployerCta />
      </Container>
    </>
  );
}
