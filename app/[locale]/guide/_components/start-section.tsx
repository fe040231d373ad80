import { useTranslations } from 'next-intl';
import { ListingLink, ListingLinks } from '@/components/content/listing-link';
import { ArrowRightIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';

const STEPS = ['step1', 'step2', 'step3', 'step4'] as const;

export function StartSection() {
  const t = useTranslations('guide.sections.start');
  return (
    <>
      <ol className="space-y-3">
        {STEPS.map((key, i) => (
          <li key={key} className="flex items-start gap-4 text-[1.0625rem] text-ink-800">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full border-2 border-brand-600 text-sm font-bold text-brand-700"
            >
              {i + 1}
            </span>
            <span className="pt-0.5">{t(key)}</span>
          </li>
        ))}
      </ol>
      <ListingLinks>
        <ListingLink query={{ experience: 'noExperience' }}>{t('noExperienceLink')}</ListingLink>
        <ListingLink query={{ training: '1' }}>{t('trainingLink')}</ListingLink>
      </ListingLinks>
      <p className="mt-8 rounded-card border border-line bg-sand-100 p-5 text-ink-800">
        {t('faqText')}{' '}
        <Link
          href="/faq"
          className="inline-flex items-center gap-1 font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900"
        >
          {t('faqLink')}
          <ArrowRightIcon className="size-4" />
        </Link>
      </p>
    </>
  );
}
