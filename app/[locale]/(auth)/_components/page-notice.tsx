import type { ReactNode } from 'react';
import { join } from '@/components/ui/join';

const tones = {
  success: 'border-brand-200 bg-brand-50 text-brand-900',
  warning: 'border-accent-200 bg-accent-50 text-ink-900',
} as const;

/** A message the page shows because of how it was reached (`?verified=1`, an expired link…). */
export function PageNotice({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <div role="status" className={join('mb-6 rounded-control border px-4 py-3 text-[0.9375rem] font-medium', tones[tone])}>
      {children}
    </div>
  );
}
