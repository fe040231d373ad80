import { clsx, type ClassValue } from 'clsx';
import { extendTailwindMerge } from 'tailwind-merge';

// Our theme's own names (app/globals.css @theme), so that `rounded-card` overrides `rounded-control` and
// `shadow-raised` overrides `shadow-card` instead of both staying on the element.
const merge = extendTailwindMerge({
  extend: { theme: { radius: ['control', 'card', 'panel'], shadow: ['card', 'raised', 'inset'] } },
});

/**
 * Joins class names (clsx: strings, conditionals, arrays) and lets later Tailwind classes win over earlier
 * ones of the same kind, so a component's default gives way to what its caller passes
 * (`<Card className="border-brand-200">` replaces the card's own border colour). Server components only:
 * Client Components use `join` (components/ui/join.ts), which keeps tailwind-merge out of the browser.
 */
export function cx(...classes: ClassValue[]): string {
  return merge(clsx(classes));
}
