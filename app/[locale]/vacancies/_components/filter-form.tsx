import { useTranslations, type Locale } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { ArrowRightIcon, SearchIcon } from '@/components/ui/icons';
import { languageName } from '@/components/vacancies/vacancy-card';
import { getPathname, Link } from '@/i18n/navigation';
import type { FacetCounts } from '@/lib/vacancies/catalogue-types';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES, LANGUAGES, SCHEDULES } from '@/lib/vocabularies';
import { FilterFields } from './catalogue-controller';
import { CheckboxGroup, FacetOption, type CheckboxOption } from './checkbox-group';
import { inputClass } from './field-styles';
import { FILTER_FORM_ID } from './form-id';
import { SalaryAndHours } from './salary-and-hours';

/** Shown first; the rest of the vocabulary sits behind "More languages". */
const PRIMARY_LANGUAGES = ['ru', 'en', 'kk', 'uz', 'de', 'tr'];


type Props = {
  filters: CatalogueFilters;
  facets: Promise<FacetCounts>;
  stateKey: string;
  /** Stream the facet counts (client navigation) instead of rendering them in place. */
  stream: boolean;
  locale: Locale;
  /** The URL names no zone and no hours: let the browser's zone preselect itself. */
  detectZone: boolean;
};

/** The GET form of /vacancies: works as it is without JavaScript; CatalogueController applies it live. */
export function FilterForm({ filters, facets, stateKey, stream, locale, detectZone }: Props) {
  const t = useTranslations('catalogue.filters');
  const vocab = useTranslations('vocab');
  const languageLabels = useTranslations('vocab.language');

  const options = <F extends 'industry' | 'schedule' | 'employment' | 'experience'>(field: F, ids: readonly CatalogueFilters[F][number][]) =>
    ids.map((id): CheckboxOption => ({
      value: id,
      label: vocab(`${field}.${id}` as Parameters<typeof vocab>[0]),
      checked: (filters[field] as string[]).includes(id),
    }));

  const languageOption = (code: string): CheckboxOption => ({
    value: code,
    label: languageName(code, languageLabels, locale),
    checked: filters.language.includes(code),
  });
  const otherCodes = [...LANGUAGES, ...filters.language.filter((c) => !(LANGUAGES as readonly string[]).includes(c))].filter(
    (c) => !PRIMARY_LANGUAGES.includes(c),
  );
  const groupProps = { facets, stateKey, stream };

  return (
    <form
      id={FILTER_FORM_ID}
      method="get"
      action={getPathname({ href: '/vacancies', locale })}
      role="search"
      aria-label={t('heading')}
      className="space-y-6"
    >
      <FilterFields>
        <div>
          <label htmlFor="filter-q" className="text-sm font-semibold text-ink-950">
            {t('searchLabel')}
          </label>
          <div className="relative mt-1.5">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-ink-400" />
            <input
              id="filter-q"
              type="search"
              name="q"
              defaultValue={filters.q ?? ''}
              placeholder={t('searchPlaceholder')}
              enterKeyHint="search"
              autoComplete="off"
              maxLength={200}
              className={`${inputClass} pl-9`}
            />
          </div>
        </div>

        <CheckboxGroup legend={t('industry')} name="industry" options={options('industry', INDUSTRIES)} {...groupProps} />
        <CheckboxGroup legend={t('schedule')} name="schedule" options={options('schedule', SCHEDULES)} {...groupProps} />
        <CheckboxGroup legend={t('employment')} name="employment" options={options('employment', EMPLOYMENTS)} {...groupProps} />
        <CheckboxGroup legend={t('experience')} name="experience" options={options('experience', EXPERIENCES)} {...groupProps} />
        <CheckboxGroup legend={t('language')} name="language" options={PRIMARY_LANGUAGES.map(languageOption)} {...groupProps}>
          <details open={otherCodes.some((c) => filters.language.includes(c))} className="group/more mt-1">
            <summary className="inline-flex min-h-9 items-center gap-1 rounded-md text-sm font-semibold text-brand-700 hover:text-brand-900">
              {t('moreLanguages')}
              <ArrowRightIcon className="size-4 rotate-90 transition-transform group-open/more:-rotate-90" />
            </summary>
            <ul className="-mx-1.5">
              {otherCodes.map((code) => (
                <li key={code}>
                  <FacetOption name="language" option={languageOption(code)} field="language" value={code} {...groupProps} />
                </li>
              ))}
            </ul>
          </details>
        </CheckboxGroup>

        <SalaryAndHours filters={filters} locale={locale} detectZone={detectZone} />
      </FilterFields>

      <div className="flex items-center gap-3 border-t border-line pt-5">
        <button type="submit" className={buttonStyles({ className: 'flex-1' })}>
          {t('submit')}
        </button>
        <Link href="/vacancies" className={buttonStyles({ variant: 'ghost' })}>
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
