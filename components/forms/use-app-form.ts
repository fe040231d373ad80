'use client';

import { useForm } from '@conform-to/react';
import { useActionState, useCallback, useRef } from 'react';
import type { z } from 'zod';
import { readForm } from '@/lib/forms/read';
import type { FormActionFn, FormReply } from '@/lib/forms/reply';

/** The shared zod schema, or a function that imports it (a page's first JavaScript then carries no zod). */
type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

type Options<S extends z.ZodType> = {
  /** Checked in the browser before sending (the server checks again). Omit for forms of hidden ids. */
  schema?: SchemaSource<S>;
  /** The form's id; give one when two forms of the same kind share a page and tests need to tell them apart. */
  id?: string;
  /** Values to start with (an edit form). After a submit the values sent win. */
  defaultValue?: Record<string, unknown>;
};

type Values<S extends z.ZodType> = z.input<S> extends Record<string, unknown> ? z.input<S> : Record<string, unknown>;
type Check = (formData: FormData) => ReturnType<typeof readForm>;

/**
 * The browser's check of one form. zod and the schema (~35 kB gzip) are not in the page's first JavaScript:
 * they load when the visitor first focuses or presses something in the form (`warm`), which is long before
 * they submit it. Until they have loaded the form reads its values unchecked and the server's answer carries
 * the errors, as without JavaScript (decision 027).
 */
function useLazyCheck<S extends z.ZodType>(schema: SchemaSource<S> | undefined) {
  const check = useRef<Check | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const warm = useCallback(() => {
    if (!schema || loading.current) return;
    loading.current = Promise.all([import('@/lib/forms/parse'), typeof schema === 'function' ? schema() : schema]).then(
      ([{ parseForm }, loaded]) => {
        check.current = (formData) => parseForm(formData, loaded) as ReturnType<typeof readForm>;
      },
      () => {
        // Offline or a new deployment: the server checks; try again on the next focus.
        loading.current = null;
      },
    );
  }, [schema]);
  return { check, warm };
}

/**
 * One form on the form layer: React's useActionState over the server action (so the form works without
 * JavaScript: the server renders its answer) and Conform's useForm over the same zod schema (errors in
 * place, values kept, focus on the first invalid field). Render it with <AppForm of={…}>.
 */
export function useAppForm<S extends z.ZodType = z.ZodType<Record<string, unknown>>, Data = unknown>(action: FormActionFn<Data>, options: Options<S> = {}) {
  const { schema, id, defaultValue } = options;
  const [reply, formAction, pending] = useActionState(action, null);
  const { check, warm } = useLazyCheck(schema);
  const [form, fields] = useForm<Values<S>, z.output<S>>({
    id,
    lastResult: reply,
    defaultValue: defaultValue as never,
    // On submit, then as a field is corrected (decision 027: not on blur, which moves the button being clicked).
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    // Always in the browser: without onValidate Conform would send every re-validation to the action itself.
    onValidate: ({ formData }) => (check.current ? check.current(formData) : readForm(formData)) as never,
  });
  return { form, fields, action: formAction, pending, warm, reply: reply as FormReply<Data> | null };
}
