import { useTranslations, type Locale } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { ArrowRightIcon } from '@/components/ui/icons';
import { languageName } from '@/lib/language-name';
import { getPathname, Link } from '@/i18n/navigation';
import type { FacetCounts } from '@/lib/vacancies/catalogue-types';
import { toCatalogueQuery, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES, LANGUAGES, SCHEDULES } from '@/lib/vocabularies';
import { FilterFields } from './catalogue-controller';
import { CheckboxGroup, FacetOption, type CheckboxOption } from './checkbox-group';
import { ShowResultsButton } from './filter-sheet';
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

/**
 * The GET form of /vacancies: works as it is without JavaScript; CatalogueController applies it live.
 * The search field (search-bar.tsx) and the sort select sit outside it and join it through `form=`.
 */
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
      data-q={filters.q ?? ''}
      className="space-y-6"
    >
      <FilterFields>
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

        <SalaryAndHours filters={filters} locale={locale} detectZone={detectZone} {...groupProps} />
        <CheckboxGroup
          legend={t('adLanguage')}
          name="adLanguage"
          type="radio"
          options={(['', 'ru', 'en'] as const).map((value) => ({
            value,
            label: t(value === '' ? 'adLanguageAny' : value === 'ru' ? 'adLanguageRu' : 'adLanguageEn'),
            checked: (filters.adLanguage ?? '') === value,
          }))}
          {...groupProps}
        />
      </FilterFields>
      {/* "Search instead for …": kept while the text stays the one it was asked for (form-state.ts). */}
      {filters.exact && filters.q ? <input type="hidden" name="exact" value="1" /> : null}

      {/* Sticky at the bottom of the phone sheet: the last child of the form, inside the sheet's scroller. */}
      <div className="flex items-center gap-3 border-t border-line pt-5 max-lg:sticky max-lg:bottom-0 max-lg:-mx-4 max-lg:bg-surface max-lg:px-4 max-lg:pt-3 max-lg:pb-[max(0.75rem,env(safe-area-inset-bottom))]">
        <ShowResultsButton label={t('submit')} className="flex-1" />
        {/* Clears what this form sets; the search above it and the order stay. */}
        <Link href={{ pathname: '/vacancies', query: toCatalogueQuery({ q: filters.q, sort: filters.sort }) }} className={buttonStyles({ variant: 'ghost' })}>
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
