'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { FormError, SubmitButton } from '../../_components/form-fields';
import { useFormFeedback } from '../../_components/use-form-feedback';
import { acceptInvitationAction } from '@/lib/companies/actions';

/** Accepting sends only the token; on success the action redirects to the employer area. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations('team.invitation');
  const [state, action] = useActionState(acceptInvitationAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action}>
      <FormError message={f.formError} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t('accepting')}>{t('accept')}</SubmitButton>
    </form>
  );
}
