import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { Card, stretchedLink } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { BankIcon, CartIcon, CodeIcon, GraduationIcon, GridIcon, SignalIcon } from '@/components/ui/icons';
import type { IndustryCount } from '@/components/vacancies/types';
import { Link } from '@/i18n/navigation';
import { INDUSTRIES, type Industry } from '@/lib/vocabularies';

const ICONS: Record<Industry, ComponentType<SVGProps<SVGSVGElement>>> = {
  ecommerce: CartIcon,
  finance: BankIcon,
  edtech: GraduationIcon,
  telecom: SignalIcon,
  software: CodeIcon,
  other: GridIcon,
};

/** Every industry, busiest first; industries missing from `counts` show as empty. */
function withAllIndustries(counts: IndustryCount[]): IndustryCount[] {
  const byIndustry = new Map(counts.map((c) => [c.industry, c.count]));
  return INDUSTRIES.map((industry) => ({ industry, count: byIndustry.get(industry) ?? 0 })).sort(
    (a, b) => b.count - a.count || INDUSTRIES.indexOf(a.industry) - INDUSTRIES.indexOf(b.industry),
  );
}

export function IndustryCounts({ counts }: { counts: IndustryCount[] }) {
  const t = useTranslations('home.industries');
  const vocab = useTranslations('vocab.industry');
  const rows = withAllIndustries(counts);
  const isEmpty = rows.every((r) => r.count === 0);

  return (
    <section aria-labelledby="industries-heading">
      <h2 id="industries-heading" className="text-2xl font-bold sm:text-3xl">
        {t('heading')}
      </h2>
      <p className="mt-2 text-ink-600">{t('lead')}</p>
      {isEmpty && (
        <p className="mt-4 rounded-control border border-dashed border-line-strong bg-surface/60 px-4 py-3 text-sm text-ink-600">
          {t('emptyText')}
        </p>
      )}

      <ul className="mt-8 grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 lg:grid-cols-3">
        {rows.map(({ industry, count }) => {
          const Icon = ICONS[industry];
          return (
            <li key={industry} className="flex">
              <Card interactive className="flex w-full items-center gap-4 p-4 sm:p-5">
                <span
                  className={cx(
                    'flex size-11 shrink-0 items-center justify-center rounded-xl ring-1',
                    count > 0 ? 'bg-brand-50 text-brand-700 ring-brand-100' : 'bg-sand-100 text-ink-500 ring-sand-200',
                  )}
                >
                  <Icon className="size-5" />
                </span>
                <span className="flex min-w-0 flex-col">
                  <Link
                    href={{ pathname: '/vacancies', query: { industry } }}
                    className={`font-semibold text-ink-950 ${stretchedLink}`}
                  >
                    {vocab(industry)}
                  </Link>
                  <span className={cx('text-sm', count > 0 ? 'text-ink-600' : 'text-ink-500')}>
                    {t('count', { count })}
                  </span>
                </span>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
