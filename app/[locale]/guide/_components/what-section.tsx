import { useTranslations } from 'next-intl';
import { ListingLink, ListingLinks } from '@/components/content/listing-link';
import { richTags } from '@/components/content/rich-text';
import { proseText } from './guide-section';

export function WhatSection() {
  const t = useTranslations('guide.sections.what');
  return (
    <div className={`space-y-5 ${proseText}`}>
      <p>{t.rich('p1', richTags)}</p>
      <p>{t('p2')}</p>
      <p>{t('p3')}</p>
    </div>
  );
}

export function ScheduleSection() {
  const t = useTranslations('guide.sections.schedule');
  return (
    <>
      <div className={`space-y-5 ${proseText}`}>
        <p>{t('p1')}</p>
        <p>{t('p2')}</p>
      </div>
      <ListingLinks>
        <ListingLink query={{ schedule: 'shift' }}>{t('shiftLink')}</ListingLink>
        <ListingLink query={{ employment: 'part' }}>{t('partLink')}</ListingLink>
      </ListingLinks>
    </>
  );
}
