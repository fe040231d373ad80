import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False on the server and while hydrating, true afterwards: for what the markup without JavaScript must
 * keep (a plain input, a link) and what only works once scripts run (a toggle, a dialog, a combobox).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}
