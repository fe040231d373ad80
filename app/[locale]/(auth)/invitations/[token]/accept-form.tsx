'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, HiddenFields, SubmitButton, useAppForm } from '@/components/forms';
import { acceptInvitationAction } from '@/lib/companies/actions';

/** Accepting sends only the token; on success the action redirects to the employer area. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations('team.invitation');
  const accept = useAppForm(acceptInvitationAction);
  return (
    <AppForm of={accept}>
      <FormError />
      <HiddenFields values={{ token }} />
      <SubmitButton pendingLabel={t('accepting')}>{t('accept')}</SubmitButton>
    </AppForm>
  );
}
