import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

type Props = { id: string; title: string; children: ReactNode; className?: string };

/** A titled part of the vacancy page; the heading names the landmark for screen readers. */
export function Section({ id, title, children, className }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className={cx('scroll-mt-24', className)}>
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** One term and its value(s) inside a <dl>. */
export function Fact({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <div className={cx('min-w-0', className)}>
      <dt className="text-sm font-medium text-ink-600">{term}</dt>
      <dd className="mt-1 text-ink-950">{children}</dd>
    </div>
  );
}
