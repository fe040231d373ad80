import { useTranslations } from 'next-intl';
import { WalletIcon } from '@/components/ui/icons';

const FACTORS = ['languages', 'volume', 'complexity', 'kpi'] as const;

export function PayFactors() {
  const t = useTranslations('home.pay');

  return (
    <section
      aria-labelledby="pay-heading"
      data-surface="dark"
      className="overflow-hidden rounded-panel bg-brand-900 text-brand-50 shadow-raised"
    >
      <div className="grid gap-8 p-6 sm:p-10 lg:grid-cols-[1fr_1.2fr] lg:gap-12">
        <div>
          <span className="flex size-11 items-center justify-center rounded-xl bg-white/10 text-accent-300 ring-1 ring-white/15">
            <WalletIcon className="size-5" />
          </span>
          <h2 id="pay-heading" className="mt-5 text-2xl font-bold text-white sm:text-3xl">
            {t('heading')}
          </h2>
          <p className="mt-3 text-brand-100">{t('lead')}</p>
        </div>
        <div>
          <ul className="space-y-3">
            {FACTORS.map((key, i) => (
              <li key={key} className="flex gap-3 rounded-control bg-white/5 px-4 py-3 ring-1 ring-white/10">
                <span
                  aria-hidden="true"
                  className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-400 text-xs font-bold text-brand-950"
                >
                  {i + 1}
                </span>
                <span>{t(key)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-5 border-l-2 border-accent-400 pl-4 text-sm text-brand-100">{t('range')}</p>
        </div>
      </div>
    </section>
  );
}
