import type { SVGProps } from 'react';

// Route-local line icons in the style of components/ui/icons.tsx (decorative, aria-hidden).
type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

const base = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const CalendarIcon = ({ className = 'size-5', ...p }: IconProps) => (
  <svg {...base} className={className} {...p}>
    <rect x="4" y="5.5" width="16" height="14" rx="1.5" />
    <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" />
  </svg>
);

export const MailIcon = ({ className = 'size-5', ...p }: IconProps) => (
  <svg {...base} className={className} {...p}>
    <rect x="3.5" y="5.5" width="17" height="13" rx="1.5" />
    <path d="m4 7 8 6 8-6" />
  </svg>
);

export const ExternalIcon = ({ className = 'size-5', ...p }: IconProps) => (
  <svg {...base} className={className} {...p}>
    <path d="M14 4.5h5.5V10M19.5 4.5 11 13M17 14v4.5a1 1 0 0 1-1 1H5.5a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1H10" />
  </svg>
);

export const ShieldIcon = ({ className = 'size-5', ...p }: IconProps) => (
  <svg {...base} className={className} {...p}>
    <path d="M12 3.5 5 6v5.5c0 4.2 2.9 7.6 7 9 4.1-1.4 7-4.8 7-9V6z" />
    <path d="M12 8.5v4M12 15.5v.2" />
  </svg>
);
