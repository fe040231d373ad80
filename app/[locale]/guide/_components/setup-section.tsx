import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { ListingLink, ListingLinks } from '@/components/content/listing-link';
import { ChatIcon, CodeIcon, HomeIcon, SignalIcon } from '@/components/ui/icons';
import { proseText } from './guide-section';

const ITEMS: { key: 'internet' | 'computer' | 'headset' | 'workspace'; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { key: 'internet', Icon: SignalIcon },
  { key: 'computer', Icon: CodeIcon },
  { key: 'headset', Icon: ChatIcon },
  { key: 'workspace', Icon: HomeIcon },
];

export function SetupSection() {
  const t = useTranslations('guide.sections.setup');
  return (
    <>
      <p className={proseText}>{t('lead')}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {ITEMS.map(({ key, Icon }) => (
          <li key={key} className="rounded-card border border-line bg-surface p-5">
            <span className="flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
              <Icon className="size-5" />
            </span>
            <h3 className="mt-3 text-lg font-semibold">{t(`${key}.title`)}</h3>
            <p className="mt-1 text-[0.9375rem] text-ink-700">{t(`${key}.text`)}</p>
          </li>
        ))}
      </ul>
      <ListingLinks>
        <ListingLink query={{ chatOnly: '1' }}>{t('link')}</ListingLink>
      </ListingLinks>
    </>
  );
}
