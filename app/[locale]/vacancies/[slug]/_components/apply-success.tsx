'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/** Replaces the form once the application is stored; takes focus so screen readers announce it. */
export function ApplySuccess({ email }: { email: string }) {
  const t = useTranslations('apply.success');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <div ref={ref} tabIndex={-1} role="status" data-testid="apply-success" className="mt-4 rounded-control border border-brand-200 bg-brand-50 p-4">
      <p className="font-semibold text-brand-900">{t('title')}</p>
      <p className="mt-1 text-sm break-words text-ink-800">{t('text', { email })}</p>
      <p className="mt-2 text-sm text-ink-700">{t('withdrawNote')}</p>
    </div>
  );
}
