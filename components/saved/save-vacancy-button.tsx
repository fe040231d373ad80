import { getTranslations } from 'next-intl/server';
import { getSavedIds } from '@/lib/saved/saved.server';
import { SaveButton } from './save-button';

type Props = {
  vacancyId: string;
  title: string;
  variant?: 'icon' | 'labelled';
  className?: string;
};

/** The save toggle of one vacancy, pressed when the visitor's cookie holds it. */
export async function SaveVacancyButton({ vacancyId, title, variant = 'icon', className }: Props) {
  const [ids, t] = await Promise.all([getSavedIds(), getTranslations('saved.button')]);
  const texts = { label: t('label', { title }), text: t('text'), failed: t('failed'), unavailable: t('unavailable') };
  return <SaveButton vacancyId={vacancyId} saved={ids.includes(vacancyId)} texts={texts} variant={variant} className={className} />;
}
