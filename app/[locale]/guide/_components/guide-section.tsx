import type { ReactNode } from 'react';

type Props = { anchor: string; title: string; children: ReactNode };

/** One chapter of the guide: its `id` is the table of contents' anchor. */
export function GuideSection({ anchor, title, children }: Props) {
  const headingId = `${anchor}-heading`;
  return (
    <section id={anchor} aria-labelledby={headingId} className="scroll-mt-24">
      <h2 id={headingId} className="text-2xl font-bold sm:text-[1.75rem]">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Body text of the guide: a calm size and line height for long reading. */
export const proseText = 'text-[1.0625rem] leading-[1.75] text-ink-800';
