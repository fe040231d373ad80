import type { ComponentPropsWithoutRef, ElementType } from 'react';
import { join } from './join';

type ContainerProps<T extends ElementType> = {
  as?: T;
  size?: 'content' | 'narrow';
} & Omit<ComponentPropsWithoutRef<T>, 'as'>;

const sizes = { content: 'max-w-content', narrow: 'max-w-narrow' } as const;

export function Container<T extends ElementType = 'div'>({ as, size = 'content', className, ...rest }: ContainerProps<T>) {
  const Component: ElementType = as ?? 'div';
  return <Component className={join('mx-auto w-full px-4 sm:px-6 lg:px-8', sizes[size], className)} {...rest} />;
}
