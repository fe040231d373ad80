'use client';

import { createContext, use, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { join } from '@/components/ui/join';
import { checkboxClass, inputClass, legendClass, smallLabelClass } from '@/app/[locale]/vacancies/_components/field-styles';
import { errorId, fieldId, type FieldErrors } from './editor-values';

/** Translated field errors of the last client check or server answer, by dotted path. */
export const ErrorsContext = createContext<FieldErrors>({});

export function useFieldError(path: string) {
  const messages = use(ErrorsContext)[path] ?? [];
  const invalid = messages.length > 0;
  return {
    id: fieldId(path),
    invalid,
    messages,
    /** aria attributes for the control; `hintId` is added to the description when given. */
    aria: (hintId?: string) => ({
      'aria-invalid': invalid || undefined,
      'aria-describedby': [invalid ? errorId(path) : null, hintId].filter(Boolean).join(' ') || undefined,
    }),
  };
}

export function FieldError({ path, messages }: { path: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <p id={errorId(path)} className="mt-1.5 text-sm font-medium text-red-700">
      {messages.join(' ')}
    </p>
  );
}

export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={join('rounded-card border border-line bg-surface p-5 shadow-sm sm:p-6', className)}>
      <legend className="px-1 text-lg font-semibold text-ink-950">{title}</legend>
      <div className="mt-2 space-y-5">{children}</div>
    </fieldset>
  );
}

/** A group of related controls (radios, checkboxes) with its own legend and error. */
export function Group({ path, legend, children }: { path: string; legend: string; children: ReactNode }) {
  const { id, messages } = useFieldError(path);
  return (
    <fieldset id={id} data-invalid={messages.length ? true : undefined} aria-describedby={messages.length ? errorId(path) : undefined}>
      <legend className={legendClass}>{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1">{children}</div>
      <FieldError path={path} messages={messages} />
    </fieldset>
  );
}

type Common = { path: string; label: string; hint?: string; required?: boolean; requiredLabel?: string };

function Label({ htmlFor, label, required, requiredLabel }: { htmlFor: string; label: string; required?: boolean; requiredLabel?: string }) {
  return (
    <label htmlFor={htmlFor} className={join(smallLabelClass, 'mb-1 font-medium')}>
      {label}
      {required && (
        <span className="text-red-700">
          {' '}*<span className="sr-only"> ({requiredLabel})</span>
        </span>
      )}
    </label>
  );
}

type TextFieldProps = Common & { value: string; onValue: (v: string) => void; multiline?: boolean } & Omit<
    ComponentPropsWithoutRef<'input'>,
    'value' | 'onChange' | 'id'
  >;

export function TextField({ path, label, hint, required, requiredLabel, value, onValue, multiline, className, ...rest }: TextFieldProps) {
  const { id, messages, aria } = useFieldError(path);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <Label htmlFor={id} label={label} required={required} requiredLabel={requiredLabel} />
      {multiline ? (
        <textarea
          id={id}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          rows={12}
          className={join(inputClass, 'py-2 font-mono text-[0.9375rem]')}
          {...aria(hintId)}
        />
      ) : (
        <input id={id} value={value} onChange={(e) => onValue(e.target.value)} className={inputClass} {...aria(hintId)} {...rest} />
      )}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-ink-600">
          {hint}
        </p>
      )}
      <FieldError path={path} messages={messages} />
    </div>
  );
}

type SelectFieldProps = Common & {
  value: string;
  onValue: (v: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  className?: string;
};

export function SelectField({ path, label, required, requiredLabel, value, onValue, options, placeholder, className }: SelectFieldProps) {
  const { id, messages, aria } = useFieldError(path);
  return (
    <div className={className}>
      <Label htmlFor={id} label={label} required={required} requiredLabel={requiredLabel} />
      <select id={id} value={value} onChange={(e) => onValue(e.target.value)} className={inputClass} {...aria()}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} messages={messages} />
    </div>
  );
}

type CheckProps = { path?: string; label: string; checked: boolean; onChecked: (v: boolean) => void; type?: 'checkbox' | 'radio'; name?: string };

export function Check({ path, label, checked, onChecked, type = 'checkbox', name }: CheckProps) {
  const field = useFieldError(path ?? '');
  return (
    <div>
      <label className="flex min-h-9 cursor-pointer items-center gap-2.5 text-[0.9375rem] text-ink-800">
        <input
          type={type}
          name={name}
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          className={checkboxClass}
          {...(path ? { id: field.id, ...field.aria() } : {})}
        />
        {label}
      </label>
      {path && <FieldError path={path} messages={field.messages} />}
    </div>
  );
}
