import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { BookIcon, ChatIcon, ClockIcon, GlobeIcon, GraduationIcon, MoonIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import type { Employment, Experience, LanguageCode } from '@/lib/vocabularies';

type FilterQuery = {
  experience?: Experience;
  employment?: Employment;
  language?: LanguageCode;
  training?: '1';
  chatOnly?: '1';
  availableFrom?: string;
  availableTo?: string;
};

type QuickFilter = {
  key: 'noExperience' | 'nightShifts' | 'english' | 'partTime' | 'training' | 'chatOnly';
  query: FilterQuery;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
};

// Plain links into /vacancies (see the URL contract in PRODUCT.md); they work without JavaScript.
// "Night shifts": shifts that lie entirely between 20:00 and 10:00 (Moscow time, the filter's default zone)
// — the URL contract has no night-only flag, and the hours filter expresses exactly that.
const QUICK_FILTERS: QuickFilter[] = [
  { key: 'noExperience', query: { experience: 'noExperience' }, Icon: GraduationIcon },
  { key: 'nightShifts', query: { availableFrom: '20:00', availableTo: '10:00' }, Icon: MoonIcon },
  { key: 'english', query: { language: 'en' }, Icon: GlobeIcon },
  { key: 'partTime', query: { employment: 'part' }, Icon: ClockIcon },
  { key: 'training', query: { training: '1' }, Icon: BookIcon },
  { key: 'chatOnly', query: { chatOnly: '1' }, Icon: ChatIcon },
];

export function QuickFilters() {
  const t = useTranslations('home.quickFilters');

  return (
    <nav aria-labelledby="quick-filters-heading" className="mt-6">
      <h2 id="quick-filters-heading" className="text-sm font-semibold text-ink-700">
        {t('heading')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {QUICK_FILTERS.map(({ key, query, Icon }) => (
          <li key={key}>
            <Link
              href={{ pathname: '/vacancies', query }}
              className="inline-flex min-h-10 items-center gap-2 rounded-full border border-line-strong bg-surface px-3.5 text-sm font-medium text-ink-800 shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50 hover:text-brand-800"
            >
              <Icon className="size-4 text-brand-600" />
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
