import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/layout/client-messages';

/** The employer area: its forms' messages (every page guards itself with requireUser). */
export default function EmployerLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="employer">{children}</ClientMessages>;
}
