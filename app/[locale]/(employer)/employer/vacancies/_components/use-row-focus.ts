'use client';

import { useEffect, useRef } from 'react';

/**
 * After a row is added the cursor goes to its first field; after one is removed, back to «Add». Rows change
 * through Conform's list intents, so this watches the count rather than the buttons.
 */
export function useRowFocus(count: number, firstFieldId: (index: number) => string) {
  const addRef = useRef<HTMLButtonElement>(null);
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) document.getElementById(firstFieldId(count - 1))?.focus();
    if (count < previous.current) addRef.current?.focus();
    previous.current = count;
  }, [count, firstFieldId]);
  return addRef;
}
