import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { ArrowRightIcon, BookIcon } from '@/components/ui/icons';

export async function FaqMore() {
  const t = await getTranslations('faq.more');

  return (
    <section
      aria-labelledby="faq-more-heading"
      data-surface="dark"
      className="rounded-panel bg-brand-900 p-6 text-brand-50 shadow-raised sm:p-10"
    >
      <h2 id="faq-more-heading" className="text-2xl font-bold text-white">
        {t('heading')}
      </h2>
      <p className="mt-3 max-w-2xl text-brand-100">{t('text')}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/guide" variant="inverse">
          <BookIcon className="size-4" />
          {t('guide')}
        </ButtonLink>
        <ButtonLink
          href="/vacancies"
          variant="ghost"
          className="text-white ring-1 ring-white/30 hover:bg-white/10 hover:text-white"
        >
          {t('vacancies')}
          <ArrowRightIcon className="size-4" />
        </ButtonLink>
      </div>
    </section>
  );
}
