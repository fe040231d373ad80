'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { autosaveVacancyAction, type EditorSaved } from '@/lib/vacancies/actions';

const EVERY_MS = 5_000;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' | 'stale' | 'failed' };

type Options = {
  form: RefObject<HTMLFormElement | null>;
  /** Off for ads under review or published: saving those sends them to review. */
  enabled: boolean;
  /** The vacancy and version the next save continues from (updated by each save). */
  saved: EditorSaved | null;
  onSaved: (saved: EditorSaved) => void;
  /** The question before leaving with unsaved changes (in-app links; browsers word their own for reloads). */
  leaveQuestion: string;
};

/**
 * Saves the draft a few seconds after the last change, and asks before leaving with changes not saved. A save
 * carries the version it continues from, so one from an older tab is refused ('stale') instead of overwriting.
 */
export function useAutosave({ form, enabled, saved, onSaved, leaveQuestion }: Options): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const dirty = useRef(false);
  const busy = useRef(false);
  const stopped = useRef(false);
  const current = useRef(saved);
  const savedCallback = useRef(onSaved);
  // The interval reads the latest version and callback without restarting.
  useEffect(() => {
    current.current = saved;
    savedCallback.current = onSaved;
  });

  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const changed = () => {
      dirty.current = true;
    };
    // Submitting is leaving on purpose: the guard steps aside.
    const submitted = () => {
      dirty.current = false;
      stopped.current = true;
    };
    el.addEventListener('input', changed);
    el.addEventListener('change', changed);
    el.addEventListener('submit', submitted);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    const linkClick = (event: MouseEvent) => {
      if (!dirty.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target') === '_blank' || link.getAttribute('href')?.startsWith('#')) return;
      if (!window.confirm(leaveQuestion)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', linkClick, true);
    return () => {
      el.removeEventListener('input', changed);
      el.removeEventListener('change', changed);
      el.removeEventListener('submit', submitted);
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', linkClick, true);
    };
  }, [form, leaveQuestion]);

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(async () => {
      const el = form.current;
      if (!el || !dirty.current || busy.current || stopped.current) return;
      const data = new FormData(el);
      // A draft needs its title; until there is one there is nothing to save.
      if (String(data.get('title') ?? '').trim().length < 5) return;
      const at = current.current;
      if (at) {
        data.set('vacancyId', at.vacancyId);
        data.set('version', at.version);
      }
      busy.current = true;
      dirty.current = false;
      setState({ kind: 'saving' });
      try {
        const result = await autosaveVacancyAction(data);
        if (result.status === 'saved') {
          savedCallback.current({ vacancyId: result.vacancyId, version: result.version });
          setState({ kind: 'saved', at: new Date(result.savedAt) });
        } else {
          dirty.current = true;
          if (result.status === 'stale' || result.status === 'refused') stopped.current = true;
          setState({ kind: result.status === 'refused' ? 'failed' : result.status });
        }
      } catch {
        dirty.current = true;
        setState({ kind: 'failed' });
      } finally {
        busy.current = false;
      }
    }, EVERY_MS);
    return () => window.clearInterval(timer);
  }, [enabled, form]);

  return state;
}
