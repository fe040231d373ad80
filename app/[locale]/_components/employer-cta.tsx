import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { BriefcaseIcon } from '@/components/ui/icons';

export function EmployerCta() {
  const t = useTranslations('home.employers');

  return (
    <section
      aria-labelledby="employers-heading"
      className="flex flex-col gap-6 rounded-panel border border-accent-100 bg-accent-50 p-6 sm:p-10 md:flex-row md:items-center md:justify-between"
    >
      <div className="flex gap-4">
        <span className="hidden size-12 shrink-0 items-center justify-center rounded-xl bg-white text-accent-600 ring-1 ring-accent-100 sm:flex">
          <BriefcaseIcon className="size-6" />
        </span>
        <div>
          <h2 id="employers-heading" className="text-xl font-bold sm:text-2xl">
            {t('heading')}
          </h2>
          <p className="mt-2 max-w-xl text-ink-700">{t('text')}</p>
        </div>
      </div>
      <ButtonLink href="/employer" size="lg" className="shrink-0">
        {t('action')}
      </ButtonLink>
    </section>
  );
}
