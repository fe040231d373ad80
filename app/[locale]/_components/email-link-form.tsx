'use client';

import { AppForm, FormError, FormNotice, LocaleInput, SubmitButton, TextField, useAppForm } from '@/components/forms';
import type { FormActionFn } from '@/lib/forms/reply';

const loadSchema = () => import('@/lib/accounts/schemas').then((m) => m.EmailOnlySchema);

type Props = {
  /** A formAction that mails a signed link and answers the same whether the address is known or not. */
  action: FormActionFn;
  labels: { email: string; submit: string; pending: string };
  defaultEmail?: string;
};

/** One email field that asks for a link by mail: "my alerts", "my applications", a password reset. */
export function EmailLinkForm({ action, labels, defaultEmail = '' }: Props) {
  const request = useAppForm(action, { schema: loadSchema, defaultValue: { email: defaultEmail } });
  return (
    <AppForm of={request}>
      <FormError />
      <FormNotice />
      <LocaleInput />
      <div className="space-y-5">
        <TextField meta={request.fields.email} type="email" label={labels.email} autoComplete="email" spellCheck={false} required />
        <SubmitButton pendingLabel={labels.pending} className="w-full">
          {labels.submit}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
