import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names (strings, conditionals, arrays), without resolving Tailwind conflicts: for Client
 * Components and for what they import (buttonStyles, Container). `cx` (components/ui/cx.ts) also lets a
 * caller's class override a default of the same kind, but its tailwind-merge would add ~9 kB of JavaScript
 * to every page; server components use it freely.
 */
export function join(...classes: ClassValue[]): string {
  return clsx(classes);
}
