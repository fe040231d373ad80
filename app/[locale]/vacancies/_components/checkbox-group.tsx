import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FacetCounts } from '@/lib/vacancies/catalogue-types';
import { checkboxClass, legendClass, optionLabelClass } from './field-styles';
import { Streamed } from './streamed';

export type CheckboxOption = { value: string; label: string; checked: boolean };
type InputType = 'checkbox' | 'radio';
/** `conditions` counts the yes/no filters (withSalary, training…) by flag name. */
export type FacetField = keyof FacetCounts;

type CountProps = { facets: Promise<FacetCounts>; field: FacetField; value: string };

function countOf(counts: FacetCounts, field: FacetField, value: string): number {
  if (field === 'language') return counts.language.find((l) => l.code === value)?.count ?? 0;
  // The "any language" choice of the ad-language radios counts both.
  if (field === 'adLanguage' && value === '') return counts.adLanguage.ru + counts.adLanguage.en;
  return (counts[field] as Record<string, number>)[value] ?? 0;
}

/** How many vacancies the option would give; streams in after the page shell, per filter state. */
async function FacetCount({ facets, field, value }: CountProps) {
  const [counts, t] = await Promise.all([facets, getTranslations('catalogue.filters')]);
  const count = countOf(counts, field, value);
  return (
    <span data-empty={count === 0 ? '' : undefined} className="ml-auto pl-2 text-xs text-ink-500 tabular-nums">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">, {t('optionCount', { count })}</span>
    </span>
  );
}

function CountSkeleton() {
  return <span aria-hidden="true" className="ml-auto h-3 w-5 animate-pulse rounded bg-sand-200" />;
}

type OptionProps = CountProps & { name: string; option: CheckboxOption; stateKey: string; stream: boolean; type?: InputType };

/** A checkbox with its facet count; an option with no vacancies looks muted but stays usable. */
export function FacetOption({ name, option, stateKey, stream, type = 'checkbox', ...count }: OptionProps) {
  return (
    <label className={`${optionLabelClass} has-[[data-empty]]:text-ink-500`}>
      <input type={type} name={name} value={option.value} defaultChecked={option.checked} className={checkboxClass} />
      <span className="min-w-0">{option.label}</span>
      <Streamed enabled={stream} stateKey={stateKey} fallback={<CountSkeleton />}>
        <FacetCount {...count} />
      </Streamed>
    </label>
  );
}

type GroupProps = {
  legend: string;
  name: FacetField;
  options: CheckboxOption[];
  facets: Promise<FacetCounts>;
  stateKey: string;
  stream: boolean;
  /** radio: one choice (an option with value '' for "any"). */
  type?: InputType;
  /** Extra content after the options (e.g. a disclosure with more of them). */
  children?: ReactNode;
};

export function CheckboxGroup({ legend, name, options, children, ...rest }: GroupProps) {
  return (
    <fieldset>
      <legend className={legendClass}>{legend}</legend>
      <ul className="mt-1.5 -mx-1.5">
        {options.map((option) => (
          <li key={option.value}>
            <FacetOption name={name} option={option} field={name} value={option.value} {...rest} />
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}
