'use client';

import { useRef } from 'react';
import { FormError, FormNotice, LocaleInput, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import type { FormState } from '@/lib/accounts/form-state';
import { EmailOnlySchema } from '@/lib/accounts/schemas';

type Props = {
  /** A formAction that mails a signed link and answers the same whether the address is known or not. */
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  labels: { email: string; submit: string; pending: string };
  defaultEmail?: string;
};

/** One email field that asks for a link by mail: "my alerts", "my applications", a password reset. */
export function EmailLinkForm({ action: serverAction, labels, defaultEmail = '' }: Props) {
  const [state, action, validate] = useValidatedAction(serverAction, EmailOnlySchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <LocaleInput />
      <div key={f.version} className="space-y-5">
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={f.valueOf('email') || defaultEmail}
          errors={f.errorsFor('email')}
        />
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
