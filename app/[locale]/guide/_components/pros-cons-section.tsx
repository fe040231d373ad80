import { useTranslations } from 'next-intl';

const PROS = ['pro1', 'pro2', 'pro3', 'pro4', 'pro5', 'pro6'] as const;
const CONS = ['con1', 'con2', 'con3', 'con4'] as const;

export function ProsConsSection() {
  const t = useTranslations('guide.sections.prosCons');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="rounded-card border border-brand-100 bg-brand-50/60 p-5 sm:p-6">
        <h3 className="text-lg font-semibold text-brand-900">{t('prosTitle')}</h3>
        <ul className="mt-3 space-y-2.5 text-ink-800">
          {PROS.map((key) => (
            <li key={key} className="flex gap-2.5">
              <span aria-hidden="true" className="font-bold text-brand-600">
                +
              </span>
              {t(key)}
            </li>
          ))}
        </ul>
      </div>
      <div className="rounded-card border border-line bg-surface p-5 sm:p-6">
        <h3 className="text-lg font-semibold">{t('consTitle')}</h3>
        <ul className="mt-3 space-y-2.5 text-ink-800">
          {CONS.map((key) => (
            <li key={key} className="flex gap-2.5">
              <span aria-hidden="true" className="font-bold text-accent-600">
                −
              </span>
              {t(key)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
