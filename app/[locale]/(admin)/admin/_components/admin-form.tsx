'use client';

import { useActionState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { FormError, FormNotice } from '@/app/[locale]/(auth)/_components/form-fields';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/accounts/form-state';
import { useAdminFeedback } from './admin-texts';
import { ReasonField, type ReasonFieldProps } from './reason-field';

type Props = {
  action: (prev: FormState | null, formData: FormData) => Promise<FormState>;
  /** Hidden inputs: ids and the operation. */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
  /** A free-text reason (warn, block); its errors come back under `reason`. */
  reason?: Omit<ReasonFieldProps, 'name' | 'errors' | 'defaultValue'>;
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
  const [state, formAction] = useActionState(action, null);
  const { version, errorsFor, valueOf, formError, notice } = useAdminFeedback(state);

  return (
    <form action={formAction} className={className} data-testid={testId}>
      <FormError message={formError} />
      <FormNotice message={notice} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {reason && (
        <ReasonField
          key={version}
          name="reason"
          {...reason}
          defaultValue={valueOf('reason')}
          errors={errorsFor('reason')}
        />
      )}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

export function SubmitButton({ children, pendingLabel, variant }: { children: ReactNode; pendingLabel: string; variant: 'primary' | 'secondary' }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size="sm" disabled={pending} aria-disabled={pending} className="mt-3">
      {pending ? pendingLabel : children}
    </Button>
  );
}
