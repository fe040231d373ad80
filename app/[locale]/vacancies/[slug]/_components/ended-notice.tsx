import { useTranslations } from 'next-intl';
import { ClockIcon } from '@/components/ui/icons';

/** Shown instead of the apply block once a vacancy is closed or expired. */
export function EndedNotice() {
  const t = useTranslations('vacancy.ended');
  return (
    <div className="mt-6 flex gap-3 rounded-card border border-accent-200 bg-accent-50 p-4 sm:p-5">
      <ClockIcon className="mt-0.5 size-5 shrink-0 text-accent-700" />
      <div>
        <p className="font-semibold text-ink-950">{t('title')}</p>
        <p className="mt-1 text-sm text-ink-700">{t('text')}</p>
        <a href="#similar-heading" className="mt-2 inline-block text-sm font-semibold text-brand-800 underline underline-offset-2">
          {t('similarLink')}
        </a>
      </div>
    </div>
  );
}
