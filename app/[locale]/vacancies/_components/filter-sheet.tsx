'use client';

import { useTranslations } from 'next-intl';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { buttonStyles } from '@/components/ui/button';
import { join } from '@/components/ui/join';
import { useHydrated } from '@/components/ui/use-hydrated';
import { CloseIcon } from '@/components/ui/icons';
import { toCatalogueSearch } from '@/lib/vacancies/catalogue-query';
import { SEARCH_BAR_ID, SHEET_ID } from './form-id';
import { hasHalfHours, readFilterForm } from './form-state';

// Below `lg` the filter panel is a full-screen sheet. With JavaScript it is a modal dialog whose changes
// wait for "Show N vacancies" (N counted live through the public API); without JavaScript the trigger is
// a link to #catalogue-filters-sheet and the sheet shows while it is the :target.

const HEADING_ID = 'filters-heading';
const DESKTOP_QUERY = '(min-width: 64rem)';
const COUNT_DEBOUNCE_MS = 250;


type SheetState = {
  open: boolean;
  /** The element that opened the sheet: focus goes back to it when the sheet closes. */
  trigger: RefObject<HTMLElement | null>;
  openSheet: (trigger: HTMLElement) => void;
  close: (options: { reset: boolean }) => void;
};
const SheetContext = createContext<SheetState>({ open: false, trigger: { current: null }, openSheet: () => {}, close: () => {} });

type Count = { total: number | null; loading: boolean };
const CountContext = createContext<Count>({ total: null, loading: false });

type ProviderProps = {
  /** The URL's filter state: when it changes (applied, or a link followed), the sheet has done its job. */
  stateKey: string;
  /** Puts the URL's values back into the fields (the sheet closed without applying). */
  onReset: () => void;
  children: ReactNode;
};

/** The sheet's open state, shared by the trigger in the search bar and the sheet in the sidebar. */
export function FilterSheetProvider({ stateKey, onReset, children }: ProviderProps) {
  const [open, setOpen] = useState(false);
  const [shownKey, setShownKey] = useState(stateKey);
  const trigger = useRef<HTMLElement | null>(null);

  if (stateKey !== shownKey) {
    setShownKey(stateKey);
    if (open) setOpen(false);
  }

  const openSheet = useCallback((element: HTMLElement) => {
    trigger.current = element;
    setOpen(true);
  }, []);
  const close = useCallback(
    ({ reset }: { reset: boolean }) => {
      if (reset) onReset();
      setOpen(false);
    },
    [onReset],
  );

  return <SheetContext value={{ open, trigger, openSheet, close }}>{children}</SheetContext>;
}

/** "Filters (3)" beside the search field, below `lg` only. */
export function FilterSheetTrigger({ active, className }: { active: number; className?: string }) {
  const t = useTranslations('catalogueSheet');
  const hydrated = useHydrated();
  const { open, openSheet } = useContext(SheetContext);
  const style = buttonStyles({ variant: 'secondary', className: join('px-3.5', className) });
  const label = t('trigger', { count: active });

  if (!hydrated) {
    return (
      <a href={`#${SHEET_ID}`} className={style}>
        {label}
      </a>
    );
  }
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={SHEET_ID}
      onClick={(event) => openSheet(event.currentTarget)}
      className={style}
    >
      {label}
    </button>
  );
}

/** Open vacancies matching `search`, from GET /api/v1/vacancies (its `total`; one item is the least it sends). */
async function fetchTotal(search: string, signal: AbortSignal): Promise<number> {
  const params = new URLSearchParams(search);
  params.set('limit', '1');
  const response = await fetch(`/api/v1/vacancies?${params}`, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`count: HTTP ${response.status}`);
  const body: unknown = await response.json();
  const total = typeof body === 'object' && body !== null && 'total' in body ? body.total : undefined;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) throw new Error('count: no total in the answer');
  return total;
}

/** The sidebar from `lg` up; a full-screen sheet below it. */
export function FilterSheet({ children }: { children: ReactNode }) {
  const t = useTranslations('catalogueSheet');
  const hydrated = useHydrated();
  const { open, close, trigger } = useContext(SheetContext);
  const ref = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState<Count>({ total: null, loading: false });
  const totals = useRef(new Map<string, number>());
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refreshCount = useCallback(() => {
    clearTimeout(timer.current);
    const form = ref.current?.querySelector('form');
    if (!form) return;
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    const settle = (total: number | null) => {
      if (!controller.signal.aborted) setCount({ total, loading: false });
    };
    readFilterForm(form)
      .then(async (state) => {
        if (controller.signal.aborted) return;
        // The API lists newest first and pages by cursor: it takes the filters only.
        const search = toCatalogueSearch({ ...state.filters, sort: null, page: 1 });
        const known = totals.current.get(search);
        if (known !== undefined) return settle(known);
        setCount((c) => ({ ...c, loading: true }));
        const total = await fetchTotal(search, controller.signal);
        totals.current.set(search, total);
        settle(total);
      })
      // No count (offline, rate limited): the button still applies the filters.
      .catch(() => settle(null));
  }, []);

  const scheduleCount = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refreshCount, COUNT_DEBOUNCE_MS);
  };

  // Grown to the sidebar layout (a rotated tablet): the sheet is gone, so are its unapplied edits.
  const onLayoutChange = useEffectEvent((event: MediaQueryListEvent) => {
    if (event.matches) close({ reset: true });
  });

  // What <dialog>.showModal() would do: the rest of the page inert and still, focus inside, then back.
  useEffect(() => {
    if (!open) return;
    const sheet = ref.current;
    if (!sheet) return;
    const restoreInert = inertOutside(sheet);
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    const desktop = window.matchMedia(DESKTOP_QUERY);
    const onResize = (event: MediaQueryListEvent) => onLayoutChange(event);
    desktop.addEventListener('change', onResize);
    sheet.focus();
    // The count of the filters the sheet opens with; each later change asks again.
    const first = setTimeout(refreshCount, 0);
    const opener = trigger.current;
    return () => {
      clearTimeout(first);
      clearTimeout(timer.current);
      request.current?.abort();
      desktop.removeEventListener('change', onResize);
      root.style.overflow = overflow;
      restoreInert();
      opener?.focus();
    };
  }, [open, refreshCount, trigger]);

  const sheetClass = 'max-lg:fixed max-lg:inset-0 max-lg:z-50 max-lg:flex max-lg:flex-col max-lg:bg-surface';
  const targetClass =
    'max-lg:target:fixed max-lg:target:inset-0 max-lg:target:z-50 max-lg:target:flex max-lg:target:flex-col max-lg:target:bg-surface';

  return (
    <div
      ref={ref}
      id={SHEET_ID}
      role={open ? 'dialog' : undefined}
      aria-modal={open ? true : undefined}
      aria-labelledby={open ? HEADING_ID : undefined}
      tabIndex={open ? -1 : undefined}
      className={join(open ? sheetClass : 'max-lg:hidden', !hydrated && targetClass, 'focus:outline-none')}
      onKeyDown={(event: KeyboardEvent) => {
        if (open && event.key === 'Escape') {
          event.preventDefault();
          close({ reset: true });
        }
      }}
      onChange={(event: FormEvent) => {
        if (!open) return;
        // React's onChange fires per keystroke too. In the sheet a change waits for "Show N vacancies";
        // only the count follows it.
        event.stopPropagation();
        scheduleCount();
      }}
      onSubmit={(event: FormEvent<HTMLElement>) => {
        // The catalogue controller (a parent) applies the form; the sheet closes over the new results,
        // unless the form is unfinished (one end of the hours window): then it stays open with the message.
        const form = event.target instanceof HTMLFormElement ? event.target : null;
        if (open && !(form && hasHalfHours(form))) close({ reset: false });
      }}
    >
      <div className="flex items-center justify-between gap-3 max-lg:min-h-14 max-lg:border-b max-lg:border-line max-lg:px-4 lg:mb-4">
        <h2 id={HEADING_ID} className="text-lg font-bold text-ink-950">
          {t('heading')}
        </h2>
        {hydrated ? (
          <button type="button" onClick={() => close({ reset: true })} className={join(closeClass, 'lg:hidden')}>
            <CloseIcon className="size-5" />
            <span className="sr-only">{t('close')}</span>
          </button>
        ) : (
          <a href={`#${SEARCH_BAR_ID}`} className={join(closeClass, 'lg:hidden')}>
            <CloseIcon className="size-5" />
            <span className="sr-only">{t('close')}</span>
          </a>
        )}
      </div>
      <div className="rounded-card border border-line bg-surface p-4 shadow-card max-lg:min-h-0 max-lg:flex-1 max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-none max-lg:border-0 max-lg:pb-0 max-lg:shadow-none lg:p-5">
        <CountContext value={count}>{children}</CountContext>
      </div>
    </div>
  );
}

const closeClass =
  'inline-flex size-11 items-center justify-center rounded-control text-ink-700 hover:bg-sand-100 hover:text-ink-950';

/**
 * The form's submit button: "Show" in the sidebar and without JavaScript; "Show 120 vacancies" in the
 * open sheet, sticky at its bottom, with the count of the filters chosen there.
 */
export function ShowResultsButton({ label, className }: { label: string; className?: string }) {
  const t = useTranslations('catalogueSheet');
  const { open } = useContext(SheetContext);
  const { total, loading } = useContext(CountContext);
  const counted = open && total !== null;

  return (
    <>
      <button type="submit" aria-busy={open && loading ? true : undefined} className={buttonStyles({ className })}>
        <span className={join(open && loading && 'opacity-75')}>{counted ? t('show', { count: total }) : label}</span>
      </button>
      <span role="status" className="sr-only">
        {open && !loading && total !== null ? t('found', { count: total }) : ''}
      </span>
    </>
  );
}

/** Makes everything but `element` (and its ancestors) inert, as a modal <dialog> would; returns the undo. */
function inertOutside(element: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement = element; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
  }
  return () => changed.forEach((el) => (el.inert = false));
}
