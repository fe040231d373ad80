import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

/** The frame both editor pages share: heading, intro, optional notice, the form. */
export function EditorPage({ heading, intro, notice, children }: { heading: string; intro: string; notice?: string; children: ReactNode }) {
  return (
    <Container className="max-w-4xl py-10">
      <h1 className="text-3xl font-bold text-ink-950">{heading}</h1>
      <p className="mt-3 text-ink-700">{intro}</p>
      {notice && <p className="mt-4 rounded-control border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-ink-900">{notice}</p>}
      <div className="mt-8">{children}</div>
    </Container>
  );
}
