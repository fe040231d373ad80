'use client';

import { useLocale } from 'next-intl';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button } from '@/components/ui/button';
import { join } from '@/components/ui/join';
import { errorClass, hintClass, inputClass, labelClass } from './field-styles';

type FieldProps = {
  name: string;
  label: string;
  /** Translated errors for this field; the first one is shown. */
  errors: string[];
  hint?: ReactNode;
  /** Renders the control; gets the id, the aria wiring and the shared class. */
  children: (control: ControlProps) => ReactNode;
};

export type ControlProps = {
  id: string;
  name: string;
  className: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
};

/** A label, the control, an optional hint and the field's error, wired together for assistive technology. */
export function Field({ name, label, errors, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="mt-1.5">
        {children({ id, name, className: inputClass, 'aria-invalid': errors.length ? true : undefined, 'aria-describedby': describedBy })}
      </div>
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

type TextFieldProps = Omit<FieldProps, 'children'> &
  Pick<ComponentPropsWithoutRef<'input'>, 'type' | 'autoComplete' | 'defaultValue' | 'required' | 'inputMode' | 'spellCheck' | 'readOnly'>;

export function TextField({ name, label, errors, hint, type = 'text', ...input }: TextFieldProps) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      {(control) => <input type={type} {...control} {...input} />}
    </Field>
  );
}

/** The page's locale, so the action writes mail in the reader's language. */
export function LocaleInput() {
  return <input type="hidden" name="locale" value={useLocale()} />;
}

/** Submit button that says what is happening while the action runs. */
export function SubmitButton({ children, pendingLabel, className }: { children: ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} className={join('w-full', className)}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

/**
 * The form-level error. The alert region is always in the page so screen readers announce new errors;
 * the box appears only with a message and takes focus after a failed submit.
 */
export function FormError({ message, children }: { message: string | null; children?: ReactNode }) {
  return (
    <div role="alert">
      {message && (
        <div data-form-error tabIndex={-1} className="mb-5 rounded-control border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{message}</p>
          {children}
        </div>
      )}
    </div>
  );
}

/** A success notice after the action, e.g. «the link has been sent». */
export function FormNotice({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <p className="mb-5 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">{message}</p>
      )}
    </div>
  );
}
