import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './cx';

type Tone = 'neutral' | 'brand' | 'accent' | 'verified';

const tones: Record<Tone, string> = {
  neutral: 'bg-sand-100 text-ink-700 ring-sand-200',
  brand: 'bg-brand-50 text-brand-800 ring-brand-100',
  accent: 'bg-accent-50 text-accent-700 ring-accent-100',
  verified: 'bg-brand-50 text-brand-700 ring-brand-200',
};

type BadgeProps = { tone?: Tone } & ComponentPropsWithoutRef<'span'>;

export function Badge({ tone = 'neutral', className, ...rest }: BadgeProps) {
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium leading-5 ring-1 ring-inset',
        tones[tone],
        className,
      )}
      {...rest}
    />
  );
}
