import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

type Props = {
  eyebrow: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** Links under the card, e.g. «Ещё нет аккаунта? Зарегистрироваться». */
  footer?: ReactNode;
};

/** The calm, centered card every account page is built from; holds the page's only h1. */
export function AuthCard({ eyebrow, title, lead, children, footer }: Props) {
  return (
    <div className="relative">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-[radial-gradient(40rem_16rem_at_50%_-30%,var(--color-brand-100),transparent_70%)] opacity-70"
      />
      <Container size="narrow" className="relative py-10 sm:py-16">
        <Card className="mx-auto w-full max-w-md">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
          <h1 className="mt-2 text-2xl font-bold leading-tight sm:text-[1.75rem]">{title}</h1>
          {lead && <div className="mt-3 text-ink-700">{lead}</div>}
          <div className="mt-6">{children}</div>
        </Card>
        {footer && <div className="mx-auto mt-6 max-w-md text-center text-[0.9375rem] text-ink-700">{footer}</div>}
      </Container>
    </div>
  );
}
