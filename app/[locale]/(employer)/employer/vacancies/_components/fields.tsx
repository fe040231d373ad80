'use client';

import type { ReactNode } from 'react';
import { FieldError, useFieldErrors } from '@/components/forms';
import { join } from '@/components/ui/join';
import { legendClass } from '@/app/[locale]/vacancies/_components/field-styles';
import type { AnyField } from './editor-values';

export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={join('rounded-card border border-line bg-surface p-5 shadow-sm sm:p-6', className)}>
      <legend className="px-1 text-lg font-semibold text-ink-950">{title}</legend>
      <div className="mt-2 space-y-5">{children}</div>
    </fieldset>
  );
}

const boxClass = 'size-5 shrink-0 accent-brand-700';

/**
 * A checkbox whose details show only while it is checked: CSS alone (`peer-checked`), so it works without
 * JavaScript; hidden details are still posted and dropped by the schema (fromEditorForm).
 */
export function Toggle({ meta, label, children }: { meta: AnyField; label: string; children?: ReactNode }) {
  const errors = useFieldErrors(meta);
  return (
    <div className="flex flex-wrap items-center gap-x-2.5">
      <input
        key={meta.key}
        id={meta.id}
        name={meta.name}
        type="checkbox"
        defaultChecked={meta.initialValue === 'on'}
        className={join('peer', boxClass)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? meta.errorId : undefined}
      />
      <label htmlFor={meta.id} className="flex min-h-9 cursor-pointer items-center text-[0.9375rem] text-ink-800">
        {label}
      </label>
      <div className="basis-full">
        <FieldError meta={meta} />
      </div>
      {children && <div className="mt-2 hidden basis-full peer-checked:block">{children}</div>}
    </div>
  );
}

/** Detail fields of a checked option, indented under it. */
export function Details({ children }: { children: ReactNode }) {
  return <div className="ml-7 grid gap-4 border-l-2 border-brand-100 pl-4 sm:grid-cols-2">{children}</div>;
}

/** A group of checkboxes or radios sending the values under one name, with one legend and one error. */
export function ChoiceGroup({ meta, legend, type, options }: { meta: AnyField; legend: string; type: 'checkbox' | 'radio'; options: readonly (readonly [string, string])[] }) {
  const errors = useFieldErrors(meta);
  const initial = meta.initialValue;
  const isChosen = (value: string) => (Array.isArray(initial) ? initial.includes(value) : initial === value);
  return (
    <fieldset id={meta.id} tabIndex={-1} aria-describedby={errors.length ? meta.errorId : undefined} data-invalid={errors.length ? true : undefined}>
      <legend className={legendClass}>{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1" key={meta.key}>
        {options.map(([value, label]) => (
          <label key={value} className="flex min-h-9 cursor-pointer items-center gap-2.5 text-[0.9375rem] text-ink-800">
            <input type={type} name={meta.name} value={value} defaultChecked={isChosen(value)} className={boxClass} />
            {label}
          </label>
        ))}
      </div>
      <FieldError meta={meta} />
    </fieldset>
  );
}
