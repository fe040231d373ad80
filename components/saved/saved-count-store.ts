import { useEffect, useSyncExternalStore } from 'react';
import { SAVED_LIMIT } from '@/lib/saved/limits';

// The header's count between a press of a save button and the server's answer. The header is rendered
// with the page, and a later render (the refresh that follows a cookie change) brings the real count;
// until then the buttons tell it what they expect, and then what the action reported.

type State = {
  /** The count the last finished change reported; null until one has (or after a newer server render). */
  reported: number | null;
  /** Presses still waiting for their answer: +1 per save, -1 per unsave. */
  pending: number;
};

let state: State = { reported: null, pending: 0 };
const INITIAL = state;
const listeners = new Set<() => void>();

function update(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts one press at once; call the result with the count the action reported, or null when it failed. */
export function trackSavedChange(delta: 1 | -1): (reported: number | null) => void {
  update({ ...state, pending: state.pending + delta });
  return (reported) => update({ reported: reported ?? state.reported, pending: state.pending - delta });
}

/** The count to show: the server's, corrected by answered and pending presses. */
export function useSavedCount(serverCount: number): number {
  const { reported, pending } = useSyncExternalStore(subscribe, () => state, () => INITIAL);
  // A new server render knows the cookie better than an older report.
  useEffect(() => {
    if (state.reported !== null) update({ ...state, reported: null });
  }, [serverCount]);
  return Math.min(SAVED_LIMIT, Math.max(0, (reported ?? serverCount) + pending));
}
