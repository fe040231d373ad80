'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Field, FormError, FormNotice, SubmitButton, TextField } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { updateCompanyProfileAction } from '@/lib/companies/actions';
import { CompanyProfileSchema } from '@/lib/companies/schemas';
import { INDUSTRIES } from '@/lib/vocabularies';
import type { CompanyForEdit } from '@/lib/companies/queries';

type ProfileValues = CompanyForEdit['profile'];

/** The owner's profile form; after a failed submit the typed values come back, otherwise the saved ones. */
export function ProfileForm({ companyId, initial }: { companyId: string; initial: ProfileValues }) {
  const t = useTranslations('team.profile');
  const tv = useTranslations('vocab.industry');
  const [state, action, validate] = useValidatedAction(updateCompanyProfileAction, CompanyProfileSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const failed = state?.ok === false;
  const value = (name: keyof ProfileValues) => (failed ? f.valueOf(name) : initial[name]);
  const [slug, setSlug] = useState<string | null>(null);
  const shownSlug = (slug ?? value('slug')).trim().toLowerCase();

  const text = (name: keyof ProfileValues, extra: { type?: string; hint?: string; autoComplete?: string } = {}) => (
    <TextField name={name} label={t(name)} defaultValue={value(name)} errors={f.errorsFor(name)} {...extra} />
  );

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate>
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <input type="hidden" name="companyId" value={companyId} />
      <div key={f.version} className="space-y-5">
        {text('name', { autoComplete: 'organization' })}
        <Field name="slug" label={t('slug')} errors={f.errorsFor('slug')} hint={t('slugPreview', { path: `/companies/${shownSlug}` })}>
          {(control) => (
            <input {...control} type="text" spellCheck={false} defaultValue={value('slug')} onChange={(e) => setSlug(e.currentTarget.value)} />
          )}
        </Field>
        {text('website', { type: 'url', autoComplete: 'url' })}
        {text('contactEmail', { type: 'email', autoComplete: 'email', hint: t('contactEmailHint') })}
        {text('logoUrl', { type: 'url' })}
        <Field name="description" label={t('description')} errors={f.errorsFor('description')} hint={t('descriptionHint')}>
          {(control) => <textarea {...control} rows={6} className={`${control.className} py-2`} defaultValue={value('description')} />}
        </Field>
        <Field name="industry" label={t('industry')} errors={f.errorsFor('industry')}>
          {(control) => (
            <select {...control} defaultValue={value('industry')}>
              {INDUSTRIES.map((i) => (
                <option key={i} value={i}>
                  {tv(i)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="space-y-5 rounded-card border border-line p-4">
          <legend className="px-1 text-base font-semibold">{t('legalHeading')}</legend>
          <p className="text-sm text-ink-700">{t('legalNote')}</p>
          {text('legalName')}
          {text('taxId')}
          {text('country', { hint: t('countryHint'), autoComplete: 'country' })}
        </fieldset>
        <SubmitButton pendingLabel={t('saving')} className="sm:w-auto">
          {t('save')}
        </SubmitButton>
      </div>
    </form>
  );
}
