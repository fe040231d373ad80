'use client';

import type { ReactNode } from 'react';
import { AppForm, FormError, FormNotice, HiddenFields, SubmitButton as LayerSubmit, useAppForm } from '@/components/forms';
import type { FormActionFn } from '@/lib/forms/reply';
import { useAdminTranslate } from './admin-texts';
import { ReasonField, type ReasonFieldProps } from './reason-field';

type Props = {
  action: FormActionFn;
  /** Hidden inputs: ids and the operation. */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
  /** A free-text reason (warn, block); its errors come back under `reason`. */
  reason?: Omit<ReasonFieldProps, 'meta'>;
  /** Anything else inside the form, above the fields (a hint, a preset select). */
  children?: ReactNode;
  className?: string;
  testId?: string;
};

/**
 * One admin operation as a small form posting to a server action: hidden ids, an optional reason,
 * the action's error or notice. Works without JavaScript (the server validates everything).
 */
export function AdminForm({ action, hidden, submitLabel, pendingLabel, variant = 'secondary', reason, children, className, testId }: Props) {
  const admin = useAppForm(action);
  return (
    <AppForm of={admin} translate={useAdminTranslate()} className={className} data-testid={testId}>
      <FormError />
      <FormNotice />
      <HiddenFields values={hidden} />
      {children}
      {reason && <ReasonField meta={admin.fields.reason!} {...reason} />}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </AppForm>
  );
}

/** The admin forms' submit button: small, under the fields. */
export function SubmitButton({ children, pendingLabel, variant }: { children: ReactNode; pendingLabel: string; variant: 'primary' | 'secondary' }) {
  return (
    <LayerSubmit variant={variant} size="sm" pendingLabel={pendingLabel} className="mt-3">
      {children}
    </LayerSubmit>
  );
}
