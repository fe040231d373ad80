'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Field, FormError, FormNotice, LocaleInput, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { inviteMemberAction } from '@/lib/companies/actions';
import { InviteSchema } from '@/lib/companies/schemas';
import { MEMBER_ROLES } from '@/lib/vocabularies';

/** Owners invite a colleague by email; the mail carries the link to /invitations/<token>. */
export function InviteForm({ companyId }: { companyId: string }) {
  const t = useTranslations('team.invite');
  const tr = useTranslations('vocab.memberRole');
  const [state, action, validate] = useValidatedAction(inviteMemberAction, InviteSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <LocaleInput />
      <input type="hidden" name="companyId" value={companyId} />
      <div key={f.version} className="grid gap-5 sm:grid-cols-[1fr_12rem]">
        <TextField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={f.valueOf('email')}
          errors={f.errorsFor('email')}
        />
        <Field name="role" label={t('role')} errors={f.errorsFor('role')}>
          {(control) => (
            <select {...control} defaultValue={f.valueOf('role') || 'member'}>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pendingLabel={t('submitting')} className="sm:col-span-2 sm:w-auto sm:justify-self-start">
          {t('submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
