import type { CSSProperties } from 'react';
import { cx } from '@/components/ui/cx';
import { logoSources } from '@/lib/companies/logo-url';

type Props = {
  name: string;
  /** The uploaded logo's hash; without one, the name's first letter (or nothing, with `monogram={false}`). */
  logoHash: string | null;
  /** Largest shown size in CSS pixels: picks the stored files for 1× and 2× screens. */
  size: number;
  /** Below the fold (cards, lists): load when scrolled near. */
  lazy?: boolean;
  monogram?: boolean;
  /** Responsive sizes (`size-12 sm:size-16`) override the default `size` box. */
  className?: string;
};

const letterSize = (size: number) => (size <= 40 ? 'text-base' : size <= 56 ? 'text-xl' : 'text-3xl');

/**
 * A company's logo on a white square, or its initial. Decorative: the name is always written beside it, so
 * screen readers skip it. A plain <img> with width and height: no layout shift, no client JavaScript.
 */
export function CompanyLogo({ name, logoHash, size, lazy = false, monogram = true, className }: Props) {
  const box = { '--logo-size': `${size}px` } as CSSProperties;
  const base = 'size-(--logo-size) shrink-0 overflow-hidden rounded-xl';
  if (logoHash) {
    const { src, srcSet } = logoSources(logoHash, size);
    return (
      // Resized on upload to the sizes shown and served immutable: next/image's optimizer would only add a hop.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={src}
        srcSet={srcSet}
        width={size}
        height={size}
        alt=""
        aria-hidden="true"
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
        style={box}
        className={cx(base, 'border border-line bg-white object-contain', className)}
      />
    );
  }
  if (!monogram) return null;
  return (
    <span aria-hidden="true" style={box} className={cx(base, 'flex items-center justify-center bg-brand-700 font-bold text-white shadow-card', letterSize(size), className)}>
      {name.trim().charAt(0).toUpperCase()}
    </span>
  );
}
