import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { BriefcaseIcon } from '@/components/ui/icons';
import type { Industry } from '@/lib/vocabularies';

/** A company without open vacancies still has a page; point to its industry instead. */
export function NoOpenVacancies({ industry }: { industry: Industry }) {
  const t = useTranslations('company.empty');
  const industries = useTranslations('vocab.industry');

  return (
    <div className="mt-4 rounded-card border border-dashed border-line-strong bg-surface/60 px-6 py-10 text-center">
      <div className="mx-auto flex size-12 items-center justify-center rounded-2xl bg-sand-100 text-ink-500">
        <BriefcaseIcon className="size-6" />
      </div>
      <h3 className="mt-4 text-lg font-semibold">{t('title')}</h3>
      <p className="mx-auto mt-2 max-w-md text-ink-600">{t('text')}</p>
      <ButtonLink href={{ pathname: '/vacancies', query: { industry } }} variant="secondary" className="mt-5">
        {t('action', { industry: industries(industry) })}
      </ButtonLink>
    </div>
  );
}
