import { useTranslations } from 'next-intl';
import { CheckIcon } from '@/components/companies/profile-icons';
import { cx } from '@/components/ui/cx';
import { Markdown } from '@/components/vacancies/markdown';
import type { CompanyProfile } from '@/lib/companies/queries';

/** The company in its own words and what it offers; nothing when it has said neither. */
export function CompanyAbout({ company, className }: { company: CompanyProfile; className?: string }) {
  const t = useTranslations('company');
  const benefits = [...company.benefits.map((b) => t(`vocab.benefit.${b}`)), ...company.customBenefits];
  const description = company.description.trim();
  if (!description && !benefits.length) return null;

  return (
    <div className={cx('space-y-6 rounded-card border border-line bg-surface p-5 shadow-card sm:p-6', className)}>
      {description && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-lg font-bold">
            {t('about')}
          </h2>
          <Markdown headingLevel={3} className="mt-3 text-[0.9375rem]">
            {description}
          </Markdown>
        </section>
      )}
      {benefits.length > 0 && (
        <section aria-labelledby="benefits-heading" className={description ? 'border-t border-line pt-5' : undefined}>
          <h2 id="benefits-heading" className="text-lg font-bold">
            {t('benefits')}
          </h2>
          <ul className="mt-3 space-y-2 text-[0.9375rem] text-ink-800">
            {benefits.map((benefit) => (
              <li key={benefit} className="flex gap-2.5">
                <CheckIcon className="mt-0.5 size-5 shrink-0 text-brand-600" />
                <span className="min-w-0 break-words">{benefit}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
