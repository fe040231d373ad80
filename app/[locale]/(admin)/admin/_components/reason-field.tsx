'use client';

import { Field, type FieldMeta } from '@/components/forms';
import { REASON_MAX } from '@/lib/moderation/review-schemas';

export type ReasonFieldProps = {
  meta: FieldMeta;
  label: string;
  hint?: string;
  required?: boolean;
};

export const textareaClass =
  'mt-1.5 block min-h-24 w-full rounded-control border border-line-strong bg-surface px-3 py-2 text-base text-ink-950 shadow-inset focus:border-brand-500 aria-[invalid=true]:border-red-700';

/** A labelled textarea for a reason, with its hint and error wired for assistive technology. */
export function ReasonField({ meta, label, hint, required = true }: ReasonFieldProps) {
  return (
    <Field meta={meta} label={label} hint={hint}>
      {({ className: _input, ...control }) => <textarea {...control} required={required} maxLength={REASON_MAX} className={textareaClass} />}
    </Field>
  );
}
