import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/layout/client-messages';

/** A vacancy page and its report page: the apply and report forms' messages. */
export default function VacancyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="vacancy">{children}</ClientMessages>;
}
