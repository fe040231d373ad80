import type { SVGProps } from 'react';

// Line icons of the company profile (24×24, currentColor, aria-hidden: the text beside them says it).
type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

const svg = (p: IconProps) =>
  ({ viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.75, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false, className: 'size-5', ...p }) as const;

export const PeopleIcon = (p: IconProps) => (
  <svg {...svg(p)}>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5M16 4.8a3.5 3.5 0 0 1 0 6.4M18.5 14.9c1.7.8 2.7 2.5 3 5.1" />
  </svg>
);

export const CheckIcon = (p: IconProps) => (
  <svg {...svg(p)}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </svg>
);

/** A paper plane (Telegram). */
export const PlaneIcon = (p: IconProps) => (
  <svg {...svg(p)}>
    <path d="M21 4 3 11l6.5 2.5M21 4l-3 16-8.5-6.5M21 4 9.5 13.5V19l3-3" />
  </svg>
);

export const LinkIcon = (p: IconProps) => (
  <svg {...svg(p)}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3.1-3.1a4 4 0 0 0-5.7-5.7L12 6.3M14 10a4 4 0 0 0-5.7 0l-3.1 3.1a4 4 0 0 0 5.7 5.7l1.1-1.1" />
  </svg>
);
