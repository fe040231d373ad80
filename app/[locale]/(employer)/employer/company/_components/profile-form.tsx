'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  AppForm,
  Field,
  useFieldErrors,
  FormError,
  FormNotice,
  HiddenFields,
  SelectField,
  SubmitButton,
  TextareaField,
  TextField,
  useAppForm,
} from '@/components/forms';
import { CountryPicker, type CountryOption } from '@/components/forms/country-picker';
import { BenefitsField } from './benefits-field';
import { updateCompanyProfileAction } from '@/lib/companies/profile-actions';
import { CompanyProfileSchema } from '@/lib/companies/schemas';
import { COMPANY_SIZES, CUSTOM_BENEFIT_LENGTH, CUSTOM_BENEFITS_MAX } from '@/lib/companies/vocabulary';
import type { CompanyForEdit } from '@/lib/companies/queries';
import { INDUSTRIES } from '@/lib/vocabularies';

type ProfileValues = CompanyForEdit['profile'];

const fieldsetClass = 'space-y-5 rounded-card border border-line p-4 sm:p-5';
const legendClass = 'px-1 text-base font-semibold';

/** The owner's profile form: what the public company page shows, then the legal details an admin checks. */
export function ProfileForm({ companyId, initial, countries }: { companyId: string; initial: ProfileValues; countries: readonly CountryOption[] }) {
  const t = useTranslations('team.profile');
  const tf = useTranslations('company.form');
  const tv = useTranslations('vocab.industry');
  const ts = useTranslations('company.vocab.size');
  // `benefits` goes through a preprocess (one ticked box sends a string), so zod types its input as unknown.
  const profile = useAppForm(updateCompanyProfileAction, { schema: CompanyProfileSchema, defaultValue: initial as never });
  const { fields } = profile;
  const [slug, setSlug] = useState<string | null>(null);
  const [countryError] = useFieldErrors(fields.country);
  const country = fields.country.initialValue;
  const shownSlug = (slug ?? String(fields.slug.initialValue ?? '')).trim().toLowerCase();

  return (
    <AppForm of={profile} className="space-y-6">
      <FormError />
      <FormNotice />
      <HiddenFields values={{ companyId }} />

      <TextField meta={fields.name} label={t('name')} autoComplete="organization" required />
      <Field meta={fields.slug} label={t('slug')} hint={t('slugPreview', { path: `/companies/${shownSlug}` })}>
        {(control) => <input {...control} type="text" spellCheck={false} autoCapitalize="none" onChange={(e) => setSlug(e.currentTarget.value)} />}
      </Field>
      <TextareaField meta={fields.description} label={t('description')} hint={t('descriptionHint')} rows={7} maxLength={5_000} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField meta={fields.industry} label={t('industry')} options={INDUSTRIES.map((i) => [i, tv(i)] as const)} />
        <SelectField meta={fields.size} label={tf('size')} options={COMPANY_SIZES.map((s) => [s, ts(s)] as const)} empty={tf('sizeNone')} />
      </div>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{tf('benefits')}</legend>
        <BenefitsField meta={fields.benefits} hint={tf('benefitsHint')} />
        <TextareaField
          meta={fields.customBenefits}
          label={tf('customBenefits')}
          hint={tf('customBenefitsHint')}
          rows={4}
          maxLength={CUSTOM_BENEFITS_MAX * (CUSTOM_BENEFIT_LENGTH + 10)}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{tf('linksHeading')}</legend>
        <p className="text-sm text-ink-700">{tf('linksNote')}</p>
        <TextField meta={fields.website} type="url" label={tf('website')} placeholder={tf('websitePlaceholder')} autoComplete="url" spellCheck={false} />
        <TextField meta={fields.telegramUrl} label={tf('telegramUrl')} placeholder={tf('telegramPlaceholder')} spellCheck={false} autoCapitalize="none" />
        <TextField meta={fields.vkUrl} type="url" label={tf('vkUrl')} placeholder={tf('vkPlaceholder')} spellCheck={false} />
        <TextField meta={fields.contactEmail} type="email" label={t('contactEmail')} hint={t('contactEmailHint')} autoComplete="email" spellCheck={false} />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('legalHeading')}</legend>
        <p className="text-sm text-ink-700">{t('legalNote')}</p>
        <TextField meta={fields.legalName} label={t('legalName')} />
        <TextField meta={fields.taxId} label={t('taxId')} spellCheck={false} />
        <CountryPicker
          key={fields.country.key}
          name={fields.country.name}
          id={fields.country.id}
          label={t('country')}
          options={countries}
          defaultValue={typeof country === 'string' && country ? [country.toUpperCase()] : []}
          hint={tf('countryHint')}
          error={countryError}
          texts={{ search: tf('countrySearch'), noMatches: tf('countryNone'), remove: (name) => tf('countryRemove', { name }), none: tf('countryNotSet') }}
        />
      </fieldset>

      <SubmitButton pendingLabel={t('saving')} className="w-full sm:w-auto">
        {t('save')}
      </SubmitButton>
    </AppForm>
  );
}
