// Mirrors the catalogue filter controls (vacancies/_components/field-styles.ts), plus the invalid state.
export const inputClass =
  'min-h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-base text-ink-950 shadow-inset placeholder:text-ink-400 focus:border-brand-500 aria-[invalid=true]:border-red-700';
export const labelClass = 'block text-sm font-semibold text-ink-950';
export const hintClass = 'mt-1.5 text-sm text-ink-600';
export const errorClass = 'mt-1.5 text-sm font-medium text-red-700';
export const textLinkClass = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900';
