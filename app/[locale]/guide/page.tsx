import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ComponentType } from 'react';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { ClockIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { buildPageMetadata } from '@/lib/seo';
import { CareerSection } from './_components/career-section';
import { DutiesSection } from './_components/duties-section';
import { GuideFacts } from './_components/guide-facts';
import { GuideSection } from './_components/guide-section';
import { GUIDE_SECTIONS, type GuideSectionKey } from './_components/guide-sections';
import { GuideToc } from './_components/guide-toc';
import { IndustriesSection } from './_components/industries-section';
import { PaySection } from './_components/pay-section';
import { ProsConsSection } from './_components/pros-cons-section';
import { SetupSection } from './_components/setup-section';
import { SkillsSection } from './_components/skills-section';
import { StartSection } from './_components/start-section';
import { ScheduleSection, WhatSection } from './_components/what-section';

type Props = { params: Promise<{ locale: string }> };

const BODIES: Record<GuideSectionKey, ComponentType> = {
  what: WhatSection,
  duties: DutiesSection,
  skills: SkillsSection,
  setup: SetupSection,
  industries: IndustriesSection,
  schedule: ScheduleSection,
  pay: PaySection,
  prosCons: ProsConsSection,
  career: CareerSection,
  start: StartSection,
};


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'guide.meta' });
  return buildPageMetadata({ path: '/guide', locale, title: t('title'), description: t('description') });
}

export default async function GuidePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);

  const t = await getTranslations('guide');

  return (
    <>
      <PageIntro eyebrow={t('eyebrow')} title={t('title')} lead={t('lead')}>
        <p className="mt-5 inline-flex items-center gap-2 text-sm text-ink-600">
          <ClockIcon className="size-4" />
          {t('readingTime')}
        </p>
      </PageIntro>
      <Container className="grid gap-10 py-12 sm:py-16 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-16">
        <aside>
          <div className="lg:sticky lg:top-24">
            <GuideToc />
          </div>
        </aside>
        <div className="min-w-0 max-w-[70ch] space-y-14 sm:space-y-16">
          <GuideFacts />
          {GUIDE_SECTIONS.map(({ key, anchor }) => {
            const Body = BODIES[key];
            return (
              <GuideSection key={key} anchor={anchor} title={t(`sections.${key}.title`)}>
                <Body />
              </GuideSection>
            );
          })}
        </div>
      </Container>
    </>
  );
}
