'use client';

import { createContext, Fragment, useCallback, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';
import { catalogueSearchWithIgnored } from '@/lib/vacancies/catalogue-url';
import { toCatalogueSearch } from '@/lib/vacancies/catalogue-query';
import { FilterSheetProvider } from './filter-sheet';
import { FILTER_FORM_ID } from './form-id';
import { hasHalfHours, loadFilterParser, readFilterForm } from './form-state';

const TEXT_TYPES = new Set(['search', 'text', 'time']);
const DEBOUNCE_MS = 300;

const GenerationContext = createContext(0);

/** Starts loading the filters' parser; a failure is retried by the next change. */
const warmParser = () => void loadFilterParser().catch(() => {});

type Props = {
  /** `toCatalogueSearch(filters)` of the rendered page: changes whenever the URL's filters do. */
  stateKey: string;
  children: ReactNode;
};

/** Marks the empty end of a half-filled hours window and shows the browser's message on it. */
function askForOtherEnd(form: HTMLFormElement) {
  const ends = ['availableFrom', 'availableTo'].map((name) => form.elements.namedItem(name));
  const empty = ends.find((end): end is HTMLInputElement => end instanceof HTMLInputElement && end.value === '');
  if (!empty) return;
  empty.setCustomValidity(empty.dataset.pairMessage ?? '');
  empty.reportValidity();
  empty.addEventListener('input', () => empty.setCustomValidity(''), { once: true });
}

/**
 * Applies the filter form without a full reload: on change it turns the form's fields into the
 * canonical /vacancies URL and navigates in a transition. The URL stays the only state: the form
 * keeps the server's defaults and is remounted when the URL changes by any other way (links, back).
 */
export function CatalogueController({ stateKey, children }: Props) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  // Filter states the form navigated to that have not been rendered yet, oldest first.
  const [pushed, setPushed] = useState<string[]>([]);
  const [seen, setSeen] = useState(stateKey);
  const [generation, setGeneration] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed without the form (a link, back/forward): show the URL's values in the form.
  if (stateKey !== seen) {
    setSeen(stateKey);
    const index = pushed.indexOf(stateKey);
    if (index === -1) setGeneration((g) => g + 1);
    else setPushed(pushed.slice(index + 1));
  }

  useEffect(() => () => clearTimeout(timer.current), []);
  const resetFields = useCallback(() => setGeneration((g) => g + 1), []);

  function apply(form: HTMLFormElement, history: 'push' | 'replace') {
    clearTimeout(timer.current);
    if (hasHalfHours(form)) {
      // Typing one end of the window is an unfinished edit; submitting it asks for the other end.
      if (history === 'push') askForOtherEnd(form);
      return;
    }
    // The parser loads on the first touch of the filters; if it cannot (offline), nothing changes.
    readFilterForm(form).then(({ filters, ignored }) => {
      const search = toCatalogueSearch({ ...filters, page: 1 });
      if (search === stateKey && !ignored.length) return;
      // Values that do not parse travel in the URL too, so the page can say what it left out.
      const href = `/vacancies${catalogueSearchWithIgnored({ ...filters, page: 1 }, ignored)}`;

      setPushed((keys) => [...keys, search]);
      startTransition(() => {
        router[history](href, { scroll: false });
      });
    }, () => {});
  }

  function formOf(target: EventTarget): HTMLFormElement | null {
    const form = target instanceof HTMLInputElement || target instanceof HTMLSelectElement ? target.form : null;
    return form?.id === FILTER_FORM_ID ? form : null;
  }

  return (
    <div
      data-pending={isPending ? '' : undefined}
      className="group/catalogue"
      onFocus={warmParser}
      onPointerDown={warmParser}
      onChange={(event) => {
        const form = formOf(event.target);
        if (!form) return;
        if (event.target instanceof HTMLInputElement && TEXT_TYPES.has(event.target.type)) {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => apply(form, 'replace'), DEBOUNCE_MS);
        } else {
          apply(form, 'push');
        }
      }}
      onSubmit={(event) => {
        if (!(event.target instanceof HTMLFormElement) || event.target.id !== FILTER_FORM_ID) return;
        event.preventDefault();
        apply(event.target, 'push');
      }}
    >
      <GenerationContext value={generation}>
        <FilterSheetProvider stateKey={stateKey} onReset={resetFields}>
          {children}
        </FilterSheetProvider>
      </GenerationContext>
    </div>
  );
}

/** Form fields that are rebuilt from the URL when it changes by a link or back/forward. */
export function FilterFields({ children }: { children: ReactNode }) {
  const generation = useContext(GenerationContext);
  return <Fragment key={generation}>{children}</Fragment>;
}
