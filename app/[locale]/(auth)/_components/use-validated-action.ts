'use client';

import { useActionState, useState, type FormEvent } from 'react';
import '@/lib/zod-setup';
import type { z } from 'zod';
import { invalidFormState, type FormState } from '@/lib/accounts/form-state';

type Action = (prev: FormState | null, formData: FormData) => Promise<FormState>;

/**
 * useActionState plus the same zod schema the action uses, run in the browser first (HOUSE_STYLE rule 4):
 * invalid input shows its field errors at once and is not sent. Without JavaScript the server checks alone.
 */
export function useValidatedAction(action: Action, schema: z.ZodType) {
  const [serverState, formAction] = useActionState(action, null);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const [seenServerState, setSeenServerState] = useState(serverState);
  if (serverState !== seenServerState) {
    setSeenServerState(serverState);
    setClientState(null);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    const parsed = schema.safeParse(input);
    if (parsed.success) return setClientState(null);
    event.preventDefault();
    setClientState(invalidFormState(parsed.error, input));
  };

  return [clientState ?? serverState, formAction, onSubmit] as const;
}
