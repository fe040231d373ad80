import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

type Props = { anchor: string; title: string; children: ReactNode; bodyClassName?: string };

/** One part of a long article (the guide, /developers): its `id` is the table of contents' anchor. */
export function ArticleSection({ anchor, title, children, bodyClassName }: Props) {
  const headingId = `${anchor}-heading`;
  return (
    <section id={anchor} aria-labelledby={headingId} className="scroll-mt-24">
      <h2 id={headingId} className="text-2xl font-bold sm:text-[1.75rem]">
        {title}
      </h2>
      <div className={cx('mt-4', bodyClassName)}>{children}</div>
    </section>
  );
}

/** Body text of long articles: a calm size and line height for long reading. */
export const proseText = 'text-[1.0625rem] leading-[1.75] text-ink-800';
