import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

type Props = {
  eyebrow: string;
  title: string;
  lead: string;
  /** Extra content under the lead, e.g. facts or a reading time. */
  children?: ReactNode;
};

/** The heading band of an editorial page: a small label, the page's only h1 and a lead paragraph. */
export function PageIntro({ eyebrow, title, lead, children }: Props) {
  return (
    <header className="relative overflow-hidden border-b border-line">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(50rem_22rem_at_90%_-20%,var(--color-brand-100),transparent_70%),radial-gradient(30rem_18rem_at_-5%_120%,var(--color-accent-100),transparent_70%)] opacity-70"
      />
      <Container className="relative py-12 sm:py-16">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
          <h1 className="mt-3 text-[2rem] font-bold leading-[1.12] sm:text-5xl sm:leading-[1.08]">{title}</h1>
          <p className="mt-5 text-lg text-ink-700 sm:text-xl sm:leading-relaxed">{lead}</p>
          {children}
        </div>
      </Container>
    </header>
  );
}
