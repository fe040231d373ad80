'use client';

import { useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { join } from '@/components/ui/join';
import { errorClass, hintClass, inputClass, labelClass } from './field-styles';

export type CountryOption = { code: string; name: string };

export type CountryPickerProps = {
  /** The form field's name; each chosen ISO code is sent under it (repeated when `multiple`). */
  name: string;
  /** Id of the search box (or, without JavaScript, of the list), for a summary link or a label elsewhere. */
  id: string;
  label: string;
  /** Countries with names in the reader's language, sorted: `countryOptions(locale)` from lib/countries, on the server. */
  options: readonly CountryOption[];
  /** Chosen codes: one for a single picker (or none), any number for a multiple one. */
  defaultValue?: readonly string[];
  multiple?: boolean;
  hint?: string;
  /** The field's first error, already translated. */
  error?: string;
  /** Texts: the search box's placeholder, "nothing found", the remove button ("Remove {name}"), the empty choice of a single picker. */
  texts: { search: string; noMatches: string; remove: (name: string) => string; none?: string };
  className?: string;
};

const noSubscription = () => () => {};
const norm = (text: string) => text.toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');

/**
 * Countries by name: a combobox (type to filter, arrows to move, Enter to choose, Escape to close; chosen ones
 * as removable chips) once JavaScript runs, and before that, or without it, a plain <select> (single) or a list of
 * checkboxes (multiple) that the form posts the same way.
 */
export function CountryPicker(props: CountryPickerProps) {
  // false on the server and while hydrating, true once JavaScript runs in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  return enhanced ? <CountryCombobox {...props} /> : <CountryFallback {...props} />;
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {error && (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-description`} className={hintClass}>
          {hint}
        </p>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) => [error ? `${id}-error` : null, hint ? `${id}-description` : null].filter(Boolean).join(' ') || undefined;

function CountryFallback({ name, id, label, options, defaultValue = [], multiple, hint, error, texts, className }: CountryPickerProps) {
  if (!multiple) {
    return (
      <div className={className}>
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        <select id={id} name={name} defaultValue={defaultValue[0] ?? ''} className={join(inputClass, 'mt-1.5')} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
          <option value="">{texts.none ?? '—'}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
        <Described id={id} hint={hint} error={error} />
      </div>
    );
  }
  const chosen = new Set(defaultValue);
  return (
    <fieldset id={id} className={className} aria-describedby={describedBy(id, hint, error)} data-invalid={error ? true : undefined}>
      <legend className={labelClass}>{label}</legend>
      <div className="mt-1.5 max-h-64 overflow-y-auto rounded-control border border-line-strong bg-surface px-3 py-2">
        {options.map((o) => (
          <label key={o.code} className="flex min-h-8 items-center gap-2.5 text-[0.9375rem] text-ink-800">
            <input type="checkbox" name={name} value={o.code} defaultChecked={chosen.has(o.code)} className="size-4 accent-brand-700" />
            {o.name}
          </label>
        ))}
      </div>
      <Described id={id} hint={hint} error={error} />
    </fieldset>
  );
}

function CountryCombobox({ name, id, label, options, defaultValue = [], multiple, hint, error, texts, className }: CountryPickerProps) {
  const listId = useId();
  const [chosen, setChosen] = useState<string[]>(() => defaultValue.filter((code) => options.some((o) => o.code === code)));
  const single = !multiple;
  const nameOf = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options]);
  const [query, setQuery] = useState(single ? (nameOf.get(chosen[0] ?? '') ?? '') : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const q = norm(query.trim());
    const list = single && query === (nameOf.get(chosen[0] ?? '') ?? '') ? options : options.filter((o) => !q || norm(o.name).includes(q) || o.code.toLowerCase() === q);
    return list.slice(0, 100);
  }, [query, options, single, chosen, nameOf]);

  const choose = (code: string) => {
    if (single) {
      setChosen([code]);
      setQuery(nameOf.get(code) ?? code);
      setOpen(false);
      return;
    }
    setChosen((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
    setQuery('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault(); // never submits the form while choosing
      const option = matches[active];
      if (option) choose(option.code);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && multiple && !query && chosen.length) {
      setChosen((list) => list.slice(0, -1));
    }
  };

  const activeId = open && matches[active] ? `${listId}-${matches[active].code}` : undefined;

  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {chosen.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      {single && !chosen.length && <input type="hidden" name={name} value="" />}
      {multiple && chosen.length > 0 && (
        <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label={label}>
          {chosen.map((code) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => choose(code)}
                className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-brand-200 bg-brand-50 px-3 text-sm text-brand-900 hover:bg-brand-100"
                aria-label={texts.remove(nameOf.get(code) ?? code)}
              >
                {nameOf.get(code) ?? code}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-1.5">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          placeholder={texts.search}
          value={query}
          className={inputClass}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
            if (single && !e.target.value) setChosen([]);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (single) setQuery(nameOf.get(chosen[0] ?? '') ?? '');
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          aria-multiselectable={multiple || undefined}
          hidden={!open}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-control border border-line-strong bg-surface py-1 shadow-lg"
        >
          {matches.length === 0 && <li className="px-3 py-2 text-sm text-ink-600">{texts.noMatches}</li>}
          {matches.map((o, i) => (
            <li
              key={o.code}
              id={`${listId}-${o.code}`}
              role="option"
              aria-selected={chosen.includes(o.code)}
              // mousedown, not click: the input keeps focus, so the list does not close first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o.code);
              }}
              onMouseMove={() => setActive(i)}
              className={join(
                'flex cursor-pointer items-center justify-between px-3 py-1.5 text-[0.9375rem] text-ink-900',
                i === active && 'bg-sand-100',
                chosen.includes(o.code) && 'font-semibold',
              )}
            >
              {o.name}
              {chosen.includes(o.code) && <span aria-hidden="true">✓</span>}
            </li>
          ))}
        </ul>
      </div>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}
