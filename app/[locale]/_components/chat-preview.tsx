import { useTranslations } from 'next-intl';
import { ClockIcon } from '@/components/ui/icons';

/** Decorative illustration of a support chat; hidden from assistive technology and on small screens. */
export function ChatPreview() {
  const t = useTranslations('home.hero.preview');

  return (
    <div aria-hidden="true" className="relative hidden lg:block">
      <div className="absolute -top-6 -right-4 size-40 rounded-full bg-accent-200/50 blur-3xl" />
      <div className="relative rotate-1 rounded-panel border border-line bg-surface p-5 shadow-raised">
        <div className="flex items-center justify-between border-b border-line pb-4">
          <span className="inline-flex items-center gap-2 text-sm font-semibold text-ink-800">
            <ClockIcon className="size-4 text-brand-600" />
            {t('shift')}
          </span>
          <span className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-700">
            <span className="size-1.5 rounded-full bg-brand-500" />
            {t('online')}
          </span>
        </div>
        <div className="space-y-4 pt-5">
          <div className="max-w-[85%]">
            <p className="text-xs font-medium text-ink-500">{t('customerName')}</p>
            <p className="mt-1 rounded-2xl rounded-tl-md bg-sand-100 px-4 py-3 text-[0.9375rem] text-ink-900">
              {t('customer')}
            </p>
          </div>
          <div className="ml-auto max-w-[85%] text-right">
            <p className="text-xs font-medium text-ink-500">{t('agentName')}</p>
            <p className="mt-1 rounded-2xl rounded-tr-md bg-brand-700 px-4 py-3 text-left text-[0.9375rem] text-white">
              {t('agent')}
            </p>
          </div>
        </div>
        <div className="mt-5 flex flex-wrap gap-2 border-t border-line pt-4 text-xs font-medium">
          <span className="rounded-full bg-accent-50 px-2.5 py-1 text-accent-700 ring-1 ring-accent-100">
            ★ {t('rating')}
          </span>
          <span className="rounded-full bg-sand-100 px-2.5 py-1 text-ink-700 ring-1 ring-sand-200">{t('responseTime')}</span>
        </div>
      </div>
    </div>
  );
}
