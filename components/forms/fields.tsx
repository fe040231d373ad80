'use client';

import { useFormMetadata, type FieldMetadata } from '@conform-to/react';
import { useLocale } from 'next-intl';
import { Fragment, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button } from '@/components/ui/button';
import { join } from '@/components/ui/join';
import { errorClass, hintClass, inputClass, labelClass } from './field-styles';
import { useFormReply, useFormText } from './form-text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a field of any form's schema
export type FieldMeta = FieldMetadata<any, any, string[]>;

export type ControlProps = {
  id: string;
  name: string;
  className: string;
  /** The value to show: what was sent last (kept after a refusal), else the form's default. */
  defaultValue: string | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** The field's errors, translated (the first is shown). */
export function useFieldErrors(meta: FieldMeta): string[] {
  const text = useFormText();
  return (meta.errors ?? []).map(text);
}

/** The aria wiring of a control: invalid state, and the ids of its error and hint. */
export function controlAria(meta: FieldMeta, hasError: boolean, hasHint: boolean) {
  return {
    'aria-invalid': hasError ? (true as const) : undefined,
    'aria-describedby': [hasError ? meta.errorId : null, hasHint ? meta.descriptionId : null].filter(Boolean).join(' ') || undefined,
  };
}

/** The field's first error, with the id its control points at. */
export function FieldError({ meta, className = errorClass }: { meta: FieldMeta; className?: string }) {
  const [first] = useFieldErrors(meta);
  return first ? (
    <p id={meta.errorId} className={className}>
      {first}
    </p>
  ) : null;
}

type FieldProps = {
  meta: FieldMeta;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Renders the control; gets the id, name, value to show, the aria wiring and the shared class. */
  children: (control: ControlProps) => ReactNode;
};

/** A label, the control, the field's error and an optional hint, wired together for assistive technology. */
export function Field({ meta, label, hint, className, children }: FieldProps) {
  const errors = useFieldErrors(meta);
  const control: ControlProps = {
    id: meta.id,
    name: meta.name,
    className: inputClass,
    defaultValue: meta.defaultValue,
    ...controlAria(meta, errors.length > 0, Boolean(hint)),
  };
  return (
    <div className={className}>
      <label htmlFor={meta.id} className={labelClass}>
        {label}
      </label>
      {/* Keyed by Conform, so a reset or a new answer remounts the control with its value. */}
      <div className="mt-1.5">
        <Fragment key={meta.key}>{children(control)}</Fragment>
      </div>
      <FieldError meta={meta} />
      {hint && (
        <p id={meta.descriptionId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}

type InputExtras = Pick<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'autoComplete' | 'required' | 'inputMode' | 'spellCheck' | 'readOnly' | 'placeholder' | 'maxLength' | 'autoCapitalize'
>;

/** A one-line text input (text, email, tel, url, number…). `value` overrides what the form would show. */
export function TextField({ meta, label, hint, className, type = 'text', value, ...input }: Omit<FieldProps, 'children'> & InputExtras & { value?: string }) {
  return (
    <Field meta={meta} label={label} hint={hint} className={className}>
      {({ defaultValue, ...control }) => <input type={type} {...control} defaultValue={value ?? defaultValue} {...input} />}
    </Field>
  );
}

/** A multi-line text field. */
export function TextareaField({ meta, label, hint, className, rows = 5, maxLength }: Omit<FieldProps, 'children'> & { rows?: number; maxLength?: number }) {
  return (
    <Field meta={meta} label={label} hint={hint} className={className}>
      {({ className: inputClassName, ...control }) => <textarea {...control} rows={rows} maxLength={maxLength} className={join(inputClassName, 'py-2')} />}
    </Field>
  );
}

/** A select of given options (value → label); `empty` adds a first option with the value ''. */
export function SelectField({ meta, label, hint, className, options, empty }: Omit<FieldProps, 'children'> & { options: readonly (readonly [string, string])[]; empty?: string }) {
  return (
    <Field meta={meta} label={label} hint={hint} className={className}>
      {(control) => (
        <select {...control} defaultValue={control.defaultValue ?? ''}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it (consent, "notify me"); sends `value` when checked. */
export function CheckboxField({ meta, label, value = 'on', className, labelClassName = 'text-sm text-ink-800' }: { meta: FieldMeta; label: ReactNode; value?: string; className?: string; labelClassName?: string }) {
  const errors = useFieldErrors(meta);
  const checked = meta.initialValue === value || (Array.isArray(meta.initialValue) && meta.initialValue.includes(value));
  return (
    <div className={className}>
      <div className="flex gap-3">
        <input
          key={meta.key}
          id={meta.id}
          name={meta.name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          {...controlAria(meta, errors.length > 0, false)}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={meta.id} className={labelClassName}>
          {label}
        </label>
      </div>
      <FieldError meta={meta} />
    </div>
  );
}

/** The page's locale, so the action writes mail in the reader's language. */
export function LocaleInput() {
  return <input type="hidden" name="locale" value={useLocale()} />;
}

/** Hidden inputs (ids, the operation): never shown, never refilled from the answer. */
export function HiddenFields({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** Submit button that says what is happening while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className,
  variant,
  size,
  name,
  value,
  autoFocus,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'sm' | 'md' | 'lg';
  name?: string;
  value?: string;
  /** Focus it when it appears (the second step of a confirmation). */
  autoFocus?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} name={name} value={value} autoFocus={autoFocus} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

/**
 * The form-level error (the action's refusal, or a schema issue without a field). The alert region is always
 * in the page so screen readers announce new errors; the box takes focus after a refusal without field errors.
 */
export function FormError({ children, className }: { children?: ReactNode; className?: string }) {
  const form = useFormMetadata();
  const text = useFormText();
  const message = form.errors?.[0] ? text(form.errors[0]) : null;
  return (
    <div role="alert" className={className}>
      {message && (
        <div data-form-error tabIndex={-1} className="mb-5 rounded-control border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{message}</p>
          {children}
        </div>
      )}
    </div>
  );
}

/** The action's success notice (`notice` of the reply), e.g. «the link has been sent». */
export function FormNotice({ className }: { className?: string }) {
  const reply = useFormReply();
  const text = useFormText();
  const message = reply?.status !== 'error' && reply?.notice ? text(reply.notice) : null;
  return (
    <div role="status" className={className}>
      {message && (
        <p className="mb-5 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">{message}</p>
      )}
    </div>
  );
}
