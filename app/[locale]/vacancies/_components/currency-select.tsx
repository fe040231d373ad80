'use client';

import { useRef, type ChangeEvent, type ComponentPropsWithoutRef } from 'react';
import { convertFilterAmount, readFilterAmount } from '@/lib/salary/convert-filter-amount';
import type { Rates } from '@/lib/salary/normalize';
import type { Currency } from '@/lib/vocabularies';

const AMOUNT_FIELDS = ['salaryFrom', 'salaryTo'] as const;

type Props = {
  options: { value: Currency; label: string }[];
  defaultValue: Currency;
  rates: Rates;
} & Omit<ComponentPropsWithoutRef<'select'>, 'defaultValue' | 'children' | 'onChange'>;

/**
 * The salary filter's currency. With JavaScript a change converts the amounts already typed (60 000 RUB
 * becomes 670 USD, not 60 000 USD) before the form is applied or counted; without it the form keeps them.
 */
export function CurrencySelect({ options, defaultValue, rates, ...rest }: Props) {
  // The currency the typed amounts are in; the select remounts (with the URL's currency) on a reset.
  const current = useRef<Currency>(defaultValue);

  function convert(event: ChangeEvent<HTMLSelectElement>) {
    const to = event.currentTarget.value as Currency;
    const from = current.current;
    current.current = to;
    const form = event.currentTarget.form;
    if (!form || from === to) return;
    for (const name of AMOUNT_FIELDS) {
      const input = form.elements.namedItem(name);
      if (!(input instanceof HTMLInputElement)) continue;
      const amount = readFilterAmount(input.value);
      const converted = amount === null ? null : convertFilterAmount(amount, from, to, rates);
      if (converted !== null) input.value = String(converted);
    }
  }

  return (
    <select defaultValue={defaultValue} onChange={convert} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
