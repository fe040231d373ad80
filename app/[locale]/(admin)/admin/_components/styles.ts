// Shared classes of the admin pages' tables and GET filter forms.
export const fieldClass = 'min-h-11 rounded-control border border-line-strong bg-surface px-3 text-[0.9375rem]';
export const labelClass = 'flex flex-col gap-1 text-sm font-medium';
export const tableClass = 'w-full min-w-[44rem] border-collapse text-left text-sm';
export const thClass = 'border-b border-line px-3 py-2 font-semibold text-ink-700';
export const tdClass = 'border-b border-line px-3 py-3 align-top';
export const linkClass = 'font-semibold text-brand-800 underline-offset-2 hover:underline';
export const noticeClass = 'mt-6 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900';
export const warningClass = 'mt-6 rounded-control border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-accent-700';
