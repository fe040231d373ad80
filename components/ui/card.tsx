import type { ComponentPropsWithoutRef, ElementType } from 'react';
import { cx } from './cx';

type CardProps<T extends ElementType> = {
  as?: T;
  /** Lift on hover and show a focus ring when a link inside is focused (for cards with a stretched link). */
  interactive?: boolean;
} & Omit<ComponentPropsWithoutRef<T>, 'as'>;

export function Card<T extends ElementType = 'div'>({ as, interactive = false, className, ...rest }: CardProps<T>) {
  const Component: ElementType = as ?? 'div';
  return (
    <Component
      className={cx(
        'relative rounded-card border border-line bg-surface p-5 shadow-card sm:p-6',
        interactive &&
          'transition duration-150 hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-raised has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus',
        className,
      )}
      {...rest}
    />
  );
}

/** Makes a card's main link cover the whole card; the card itself shows the focus ring. */
export const stretchedLink = 'after:absolute after:inset-0 after:rounded-card focus-visible:outline-none';
