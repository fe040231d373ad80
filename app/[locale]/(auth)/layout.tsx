import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/layout/client-messages';

/** Sign-in, sign-up, password reset and invitations: their forms' messages. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="auth">{children}</ClientMessages>;
}
