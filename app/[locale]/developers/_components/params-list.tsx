import { useTranslations } from 'next-intl';
import { API_LOCALES, MAX_LIMIT } from '@/lib/api/schemas';
import { CURRENCIES, EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SCHEDULES } from '@/lib/vocabularies';
import type messages from '@/messages/pages/developers.en.json';

type Param = { name: keyof typeof messages.params.items; values: string | readonly string[]; apiOnly?: boolean };

const ids = (values: readonly string[]) => values.join(', ');

/** The catalogue's parameters (PRODUCT.md, URL contract) and the API's own, with their values. */
export function ParamsList() {
  const t = useTranslations('developers.params');
  const params: Param[] = [
    { name: 'q', values: t('anyText') },
    { name: 'industry', values: INDUSTRIES },
    { name: 'schedule', values: SCHEDULES },
    { name: 'employment', values: EMPLOYMENTS },
    { name: 'experience', values: EXPERIENCES },
    { name: 'language', values: 'ru, en, de, es, kk, …' },
    { name: 'salaryFrom', values: t('amount') },
    { name: 'salaryTo', values: t('amount') },
    { name: 'currency', values: CURRENCIES },
    ...(['withSalary', 'training', 'chatOnly', 'abroad', 'noNight'] as const).map((name) => ({ name, values: t('flag') })),
    { name: 'availableFrom', values: t('time') },
    { name: 'availableTo', values: t('time') },
    { name: 'tz', values: t('zone') },
    { name: 'sort', values: 'new' },
    { name: 'limit', values: t('limitRange', { max: MAX_LIMIT }), apiOnly: true },
    { name: 'cursor', values: t('cursorValue'), apiOnly: true },
    { name: 'locale', values: API_LOCALES, apiOnly: true },
  ];

  return (
    <dl className="divide-y divide-line rounded-card border border-line bg-surface">
      {params.map(({ name, values, apiOnly }) => (
        <div key={name} className="grid gap-1 px-5 py-4 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
          <dt className="flex flex-wrap items-baseline gap-2">
            <code className="font-mono text-[0.9375rem] font-semibold text-ink-950">{name}</code>
            {apiOnly && <span className="rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-700">{t('apiOnly')}</span>}
          </dt>
          <dd className="text-[0.9375rem] text-ink-800">
            <p>{t(`items.${name}`)}</p>
            <p className="mt-1 text-sm text-ink-600">
              {t('valuesLabel')}: <span className="font-mono [overflow-wrap:anywhere]">{typeof values === 'string' ? values : ids(values)}</span>
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
