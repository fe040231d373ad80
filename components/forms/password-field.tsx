'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { join } from '@/components/ui/join';
import { useHydrated } from '@/components/ui/use-hydrated';
import { Field, type FieldMeta } from './fields';

type Props = {
  meta: FieldMeta;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  /** Show the password rule under the field (for new passwords). */
  showRule?: boolean;
};

/** A password input (never refilled) with an optional rule hint and a show/hide toggle once JavaScript runs. */
export function PasswordField({ meta, label, autoComplete, showRule = false }: Props) {
  const t = useTranslations('account.password');
  const [visible, setVisible] = useState(false);
  const hydrated = useHydrated();

  return (
    <Field meta={meta} label={label} hint={showRule ? t('hint') : undefined}>
      {({ className, defaultValue: _never, ...control }) => (
        <div className="relative">
          <input
            {...control}
            type={visible ? 'text' : 'password'}
            autoComplete={autoComplete}
            autoCapitalize="off"
            spellCheck={false}
            required
            className={join(className, hydrated && 'pr-12')}
          />
          {hydrated && (
            <button
              type="button"
              aria-pressed={visible}
              aria-controls={control.id}
              title={t('show')}
              onClick={() => setVisible((v) => !v)}
              className="absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-control text-ink-600 hover:text-ink-950"
            >
              <span className="sr-only">{t('show')}</span>
              <EyeIcon crossed={visible} />
            </button>
          )}
        </div>
      )}
    </Field>
  );
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="size-5">
      <path d="M2.5 12s3.5-6.5 9.5-6.5S21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z" />
      <circle cx="12" cy="12" r="2.75" />
      {crossed && <path d="M4 4l16 16" />}
    </svg>
  );
}
