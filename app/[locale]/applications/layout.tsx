import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/layout/client-messages';

/** A candidate's applications and withdrawing one (from the links in their mail): their forms' messages. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages area="selfService">{children}</ClientMessages>;
}
