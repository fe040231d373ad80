// Shared classes of the filter form's controls.
export const inputClass =
  'min-h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-base text-ink-950 shadow-inset placeholder:text-ink-400 focus:border-brand-500';
export const checkboxClass = 'size-4.5 shrink-0 cursor-pointer rounded accent-brand-700';
export const optionLabelClass =
  'flex min-h-9 cursor-pointer items-center gap-2.5 rounded-md px-1.5 text-[0.9375rem] text-ink-800 hover:bg-sand-100';
export const legendClass = 'text-sm font-semibold text-ink-950';
export const smallLabelClass = 'block text-sm text-ink-700';
