import type { ComponentPropsWithoutRef } from 'react';
import { Link } from '@/i18n/navigation';
import { join } from './join';

type Variant = 'primary' | 'secondary' | 'ghost' | 'inverse';
type Size = 'sm' | 'md' | 'lg';

type StyleProps = { variant?: Variant; size?: Size; className?: string };

const base =
  'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-control font-semibold transition-colors duration-150 disabled:pointer-events-none disabled:opacity-60';

const variants: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900',
  secondary: 'border border-line-strong bg-surface text-ink-900 shadow-sm hover:border-brand-300 hover:bg-brand-50',
  ghost: 'text-ink-800 hover:bg-sand-100 hover:text-ink-950',
  inverse: 'bg-white text-brand-900 shadow-sm hover:bg-accent-50',
};

const sizes: Record<Size, string> = {
  sm: 'min-h-9 px-3.5 text-sm',
  md: 'min-h-11 px-5 text-[0.9375rem]',
  lg: 'min-h-13 px-6 text-base',
};

export function buttonStyles({ variant = 'primary', size = 'md', className }: StyleProps = {}): string {
  return join(base, variants[variant], sizes[size], className);
}

type ButtonProps = StyleProps & ComponentPropsWithoutRef<'button'>;

export function Button({ variant, size, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonStyles({ variant, size, className })} {...rest} />;
}

type ButtonLinkProps = StyleProps & ComponentPropsWithoutRef<typeof Link>;

/** A link that looks like a button; locale-aware through next-intl's Link. */
export function ButtonLink({ variant, size, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonStyles({ variant, size, className })} {...rest} />;
}
