import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { listingHref } from '@/components/content/listing-href';
import { ArrowRightIcon, BankIcon, CartIcon, CodeIcon, GraduationIcon, SignalIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import type { Industry } from '@/lib/vocabularies';
import { proseText } from './guide-section';

// The industries the profession is known for; `other` has nothing to describe.
const INDUSTRIES: { id: Exclude<Industry, 'other'>; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { id: 'ecommerce', Icon: CartIcon },
  { id: 'finance', Icon: BankIcon },
  { id: 'edtech', Icon: GraduationIcon },
  { id: 'telecom', Icon: SignalIcon },
  { id: 'software', Icon: CodeIcon },
];

export function IndustriesSection() {
  const t = useTranslations('guide.sections.industries');
  const vocab = useTranslations('vocab.industry');
  return (
    <>
      <p className={proseText}>{t('lead')}</p>
      <ul className="mt-6 divide-y divide-line rounded-card border border-line bg-surface">
        {INDUSTRIES.map(({ id, Icon }) => (
          <li key={id} className="flex gap-4 p-4 sm:p-5">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
              <Icon className="size-5" />
            </span>
            <div className="min-w-0">
              <h3 className="text-lg font-semibold">{vocab(id)}</h3>
              <p className="mt-1 text-ink-700">{t(id)}</p>
              <Link
                href={listingHref({ industry: id })}
                className="mt-2 inline-flex items-center gap-1.5 text-[0.9375rem] font-semibold text-brand-700 underline-offset-4 hover:text-brand-900 hover:underline"
              >
                {t('linkLabel', { industry: vocab(id) })}
                <ArrowRightIcon className="size-4" />
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
