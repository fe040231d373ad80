'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, FormNotice, HiddenFields, LocaleInput, SelectField, SubmitButton, TextField, useAppForm } from '@/components/forms';
import { inviteMemberAction } from '@/lib/companies/actions';
import { InviteSchema } from '@/lib/companies/schemas';
import { MEMBER_ROLES } from '@/lib/vocabularies';

/** Owners invite a colleague by email; the mail carries the link to /invitations/<token>. */
export function InviteForm({ companyId }: { companyId: string }) {
  const t = useTranslations('team.invite');
  const tr = useTranslations('vocab.memberRole');
  const invite = useAppForm(inviteMemberAction, { schema: InviteSchema, defaultValue: { role: 'member' } });
  const { fields } = invite;

  return (
    <AppForm of={invite}>
      <FormError />
      <FormNotice />
      <LocaleInput />
      <HiddenFields values={{ companyId }} />
      <div className="grid gap-5 sm:grid-cols-[1fr_12rem]">
        <TextField meta={fields.email} type="email" label={t('email')} autoComplete="off" spellCheck={false} required />
        <SelectField meta={fields.role} label={t('role')} options={MEMBER_ROLES.map((r) => [r, tr(r)] as const)} />
        <SubmitButton pendingLabel={t('submitting')} className="w-full sm:col-span-2 sm:w-auto sm:justify-self-start">
          {t('submit')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
