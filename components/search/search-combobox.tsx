'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { join } from '@/components/ui/join';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ApiSuggestionsJson } from '@/lib/search/suggest-schemas';
import { SUGGEST_QUERY_MAX } from '@/lib/search/suggest-text';
import { MAX_QUERY_LENGTH } from '@/lib/vacancies/search-limits';

// The search box with suggestions (WAI-ARIA 1.2 combobox, list autocomplete with manual selection).
// Rendered on the server, and until hydration, as a plain <input type="search"> that submits its form;
// once JavaScript runs it asks /api/v1/suggest while someone types. A filter or a company leads straight
// to its page; a title is put into the box and the form is sent, so the form's other fields go along.

type Suggestion = ApiSuggestionsJson['suggestions'][number];

const DEBOUNCE_MS = 150;

export type SearchComboboxProps = {
  id: string;
  name?: string;
  defaultValue?: string;
  label: string;
  placeholder?: string;
  /** The id of the form the input belongs to when it is not inside it. */
  form?: string;
  className?: string;
  labelClassName?: string;
  /** Wraps the input and whatever `children` follow it (e.g. the submit button) in one row. */
  rowClassName?: string;
  /** The input's size and padding (replacing `min-h-12 px-3`), e.g. room for an icon. */
  inputClassName?: string;
  /** Decoration inside the input's box, e.g. a search icon positioned absolutely. */
  icon?: ReactNode;
  /** After the input in its row, e.g. the submit button. */
  children?: ReactNode;
};

export function SearchCombobox({
  id,
  name = 'q',
  defaultValue = '',
  label,
  placeholder,
  form,
  className,
  labelClassName,
  rowClassName,
  inputClassName,
  icon,
  children,
}: SearchComboboxProps) {
  const t = useTranslations('searchBox');
  const locale = useLocale();
  const router = useRouter();
  const hydrated = useHydrated();
  const inputRef = useRef<HTMLInputElement>(null);

  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const cache = useRef(new Map<string, Suggestion[]>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  /** The text the list currently answers; a late answer for older text is dropped. */
  const wanted = useRef('');
  /** How many suggestions were last announced: "none" is only worth saying after some. */
  const announced = useRef(0);

  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;
  const statusId = useId();

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, active]);

  function show(q: string, list: Suggestion[]) {
    if (q !== wanted.current) return;
    setSuggestions(list);
    setActive(-1);
    const focused = document.activeElement === inputRef.current;
    setOpen(focused && list.length > 0);
    if (!focused || list.length === announced.current) return;
    if (list.length) setAnnouncement(t('status.some', { count: list.length }));
    else setAnnouncement(t('status.none'));
    announced.current = list.length;
  }

  function close() {
    setOpen(false);
    setActive(-1);
    announced.current = 0;
  }

  function cancelPending() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    request.current?.abort();
    request.current = null;
  }

  function lookUp(text: string) {
    const q = text.trim().slice(0, SUGGEST_QUERY_MAX);
    wanted.current = q;
    cancelPending();
    if (!q) {
      setSuggestions([]);
      close();
      return;
    }
    const known = cache.current.get(q);
    if (known) {
      show(q, known);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/v1/suggest?${new URLSearchParams({ q, locale })}`, { signal: controller.signal });
        // A refused request (rate limit, bad input) only means no suggestions: the box still searches.
        const list = response.ok ? ((await response.json()) as { suggestions: Suggestion[] }).suggestions : [];
        if (response.ok) cache.current.set(q, list);
        show(q, list);
      } catch (err) {
        if ((err as Error).name !== 'AbortError') show(q, []);
      }
    }, DEBOUNCE_MS);
  }

  /** The form's own control for a filter suggestion (the catalogue's checkbox), if the form has one. */
  function filterControl(suggestion: Suggestion): HTMLInputElement | null {
    const form = inputRef.current?.form;
    if (!form || !suggestion.filter) return null;
    const { param, value } = suggestion.filter;
    const match = [...form.elements].find(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.name === param && el.value === value && (el.type === 'checkbox' || el.type === 'radio'),
    );
    return match ?? null;
  }

  function choose(suggestion: Suggestion) {
    cancelPending();
    close();
    // In the catalogue a filter is ticked in its own form, so the filters already chosen stay; the words
    // that named it leave the box. Elsewhere (the home page) the suggestion's page is opened.
    const control = filterControl(suggestion);
    if (control) {
      control.checked = true;
      wanted.current = '';
      flushSync(() => setValue(''));
      control.form?.requestSubmit();
      return;
    }
    if (suggestion.kind !== 'title') {
      router.push(suggestion.href);
      return;
    }
    wanted.current = suggestion.text;
    flushSync(() => setValue(suggestion.text));
    inputRef.current?.form?.requestSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!open) {
          setOpen(true);
          setActive(event.altKey ? -1 : down ? 0 : count - 1);
          return;
        }
        if (event.altKey) return;
        setActive((current) => (down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
        return;
      }
      case 'Enter': {
        const chosen = open && active >= 0 ? suggestions[active] : undefined;
        if (!chosen) {
          // The form is sent with the text as typed.
          cancelPending();
          close();
          return;
        }
        event.preventDefault();
        choose(chosen);
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  const describe = (s: Suggestion): string => {
    const what =
      s.kind === 'vocabulary'
        ? s.filter && t.has(`params.${s.filter.param}` as 'params.language')
          ? t('filter', { param: t(`params.${s.filter.param}` as 'params.language') })
          : t('filterAny')
        : t(`kind.${s.kind}`);
    return `${what} · ${t('count', { count: s.count })}`;
  };

  const expanded = hydrated && open && suggestions.length > 0;
  const combobox = hydrated
    ? {
        role: 'combobox' as const,
        'aria-expanded': expanded,
        'aria-controls': listId,
        'aria-autocomplete': 'list' as const,
        'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
      }
    : {};

  return (
    <div className={className}>
      <label htmlFor={id} className={join('block pb-2 text-sm font-semibold text-ink-800', labelClassName)}>
        {label}
      </label>
      <div className={rowClassName}>
        <div className="relative flex-1">
          {icon}
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="search"
            form={form}
            value={value}
            placeholder={placeholder}
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY_LENGTH}
            className={join(
              'w-full rounded-control border border-line-strong bg-canvas text-base text-ink-950 shadow-inset placeholder:text-ink-400 focus:border-brand-500 focus:bg-surface',
              // Size and padding: the caller's, or these (no class merging here, so never both).
              inputClassName ?? 'min-h-12 px-3',
            )}
            onChange={(event) => {
              setValue(event.target.value);
              lookUp(event.target.value);
            }}
            onKeyDown={onKeyDown}
            onBlur={close}
            onFocus={() => {
              if (suggestions.length && wanted.current === value.trim()) setOpen(true);
            }}
            {...combobox}
          />
          {hydrated && (
            <ul
              id={listId}
              role="listbox"
              aria-label={t('listLabel')}
              hidden={!expanded}
              className="absolute inset-x-0 top-full z-30 mt-1 max-h-96 overflow-y-auto rounded-card border border-line bg-surface p-1 text-left shadow-raised"
              // Keep the focus in the input: a click on an option (or the list's padding or scrollbar)
              // would blur it and close the list before the click chooses.
              onMouseDown={(event) => event.preventDefault()}
            >
              {suggestions.map((s, index) => (
                <li
                  key={s.href}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={join(
                    'flex cursor-pointer flex-col rounded-lg px-3 py-2',
                    index === active ? 'bg-brand-50 text-ink-950 ring-2 ring-brand-500 ring-inset' : 'text-ink-900 hover:bg-sand-100',
                  )}
                  onMouseMove={() => index !== active && setActive(index)}
                  onClick={() => choose(s)}
                >
                  <span className="font-medium">{s.text}</span>
                  <span className="sr-only">, </span>
                  <span className="text-sm text-ink-700">{describe(s)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {children}
      </div>
      {hydrated && (
        <div id={statusId} role="status" aria-live="polite" aria-atomic="true" className="sr-only">
          {announcement}
        </div>
      )}
    </div>
  );
}
