import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/content/json-ld';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { buildPageMetadata, localizedUrl } from '@/lib/seo';
import { buildFaqJsonLd, getFaqGroups } from './_components/faq-content';
import { FaqGroup } from './_components/faq-group';
import { FaqMore } from './_components/faq-more';
import { FaqToc } from './_components/faq-toc';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'faq.meta' });
  return buildPageMetadata({ path: '/faq', locale, title: t('title'), description: t('description') });
}

export default async function FaqPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);

  const t = await getTranslations('faq');
  const groups = await getFaqGroups(locale);

  return (
    <>
      <JsonLd data={buildFaqJsonLd(groups, localizedUrl('/faq', locale), locale)} />
      <PageIntro eyebrow={t('eyebrow')} title={t('title')} lead={t('lead')} />
      <Container className="grid gap-10 py-12 sm:py-16 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-14">
        <div className="min-w-0 space-y-12 sm:space-y-14">
          {groups.map((group) => (
            <FaqGroup key={group.id} group={group} />
          ))}
        </div>
        <aside className="order-first lg:order-none">
          <div className="lg:sticky lg:top-24">
            <FaqToc groups={groups} />
          </div>
        </aside>
      </Container>
      <Container className="pb-16 sm:pb-20">
        <FaqMore />
      </Container>
    </>
  );
}
