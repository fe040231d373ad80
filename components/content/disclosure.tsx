import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

type Props = {
  id?: string;
  summary: ReactNode;
  children: ReactNode;
  className?: string;
};

/**
 * A native `<details>` disclosure: opens without JavaScript, by mouse, Enter or Space, and the browser
 * reveals it for find-in-page and `#id` links.
 */
export function Disclosure({ id, summary, children, className }: Props) {
  return (
    <details
      id={id}
      className={cx(
        'group rounded-card border border-line bg-surface shadow-card transition-colors open:border-brand-200',
        className,
      )}
    >
      <summary className="flex list-none items-start justify-between gap-4 rounded-card px-5 py-4 text-left text-[1.0625rem] font-semibold text-ink-950 hover:text-brand-800 sm:px-6 sm:py-5">
        <span>{summary}</span>
        <span
          aria-hidden="true"
          className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700 ring-1 ring-brand-100 transition-transform duration-200 group-open:rotate-180"
        >
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-4"
          >
            <path d="m6 9 6 6 6-6" />
          </svg>
        </span>
      </summary>
      <div className="px-5 pb-5 text-ink-700 sm:px-6 sm:pb-6">{children}</div>
    </details>
  );
}
