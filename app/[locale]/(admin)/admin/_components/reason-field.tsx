'use client';

import { useId } from 'react';
import { errorClass, hintClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { REASON_MAX } from '@/lib/moderation/review-schemas';

export type ReasonFieldProps = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  defaultValue: string;
  /** Translated errors; the first is shown. */
  errors: string[];
};

export const textareaClass =
  'mt-1.5 block min-h-24 w-full rounded-control border border-line-strong bg-surface px-3 py-2 text-base text-ink-950 shadow-inset focus:border-brand-500 aria-[invalid=true]:border-red-700';

/** A labelled textarea for a reason, with its hint and error wired for assistive technology. */
export function ReasonField({ name, label, hint, required = true, defaultValue, errors }: ReasonFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        required={required}
        maxLength={REASON_MAX}
        defaultValue={defaultValue}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        className={textareaClass}
      />
      {errors[0] && (
        <p id={errorId} className={errorClass}>
          {errors[0]}
        </p>
      )}
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}
