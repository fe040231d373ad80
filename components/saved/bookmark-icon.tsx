import type { SVGProps } from 'react';

/** A bookmark, filled when the vacancy is saved. Decorative: the button or link around it has the name. */
export function BookmarkIcon({ filled = false, className = 'size-5', ...rest }: Omit<SVGProps<SVGSVGElement>, 'children'> & { filled?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...rest}
    >
      <path d="M6.5 3.75h11a.75.75 0 0 1 .75.75v15.6a.4.4 0 0 1-.63.33L12 16.5l-5.62 3.93a.4.4 0 0 1-.63-.33V4.5a.75.75 0 0 1 .75-.75Z" />
    </svg>
  );
}
