'use client';

import { useForm } from '@conform-to/react';
import { useActionState } from 'react';
import '@/lib/zod-setup';
import type { z } from 'zod';
import { parseForm, readForm } from '@/lib/forms/parse';
import type { FormActionFn, FormReply } from '@/lib/forms/reply';

type Options<S extends z.ZodType> = {
  /** The shared zod schema: checked in the browser before sending (the server checks again). Omit for forms of hidden ids. */
  schema?: S;
  /** The form's id; give one when two forms of the same kind share a page and tests need to tell them apart. */
  id?: string;
  /** Values to start with (an edit form). After a submit the values sent win. */
  defaultValue?: Record<string, unknown>;
};

type Values<S extends z.ZodType> = z.input<S> extends Record<string, unknown> ? z.input<S> : Record<string, unknown>;

/**
 * One form on the form layer: React's useActionState over the server action (so the form works without
 * JavaScript: the server renders its answer) and Conform's useForm over the same zod schema (errors in
 * place, values kept, focus on the first invalid field). Render it with <AppForm of={…}>.
 */
export function useAppForm<S extends z.ZodType = z.ZodType<Record<string, unknown>>, Data = unknown>(action: FormActionFn<Data>, options: Options<S> = {}) {
  const { schema, id, defaultValue } = options;
  const [reply, formAction, pending] = useActionState(action, null);
  const [form, fields] = useForm<Values<S>, z.output<S>>({
    id,
    lastResult: reply,
    defaultValue: defaultValue as never,
    // On submit, then as a field is corrected (decision 027: not on blur, which moves the button being clicked).
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    // Always in the browser: without onValidate Conform would send every re-validation to the action itself.
    onValidate: ({ formData }) => (schema ? parseForm(formData, schema) : readForm(formData)) as never,
  });
  return { form, fields, action: formAction, pending, reply: reply as FormReply<Data> | null };
}
