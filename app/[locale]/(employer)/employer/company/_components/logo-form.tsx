'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { AppForm, Field, FormError, FormNotice, HiddenFields, SubmitButton, useAppForm } from '@/components/forms';
import { join } from '@/components/ui/join';
import { removeCompanyLogoAction, uploadCompanyLogoAction } from '@/lib/companies/profile-actions';
import { LogoUploadSchema } from '@/lib/companies/schemas';

/**
 * Upload (a multipart post that works without JavaScript) and, when there is a logo, removal. The preview is
 * rendered by the server page and passed in, so it is the same picture the public page shows.
 */
export function LogoForm({ companyId, hasLogo, preview }: { companyId: string; hasLogo: boolean; preview: ReactNode }) {
  const t = useTranslations('company.form.logo');
  const upload = useAppForm(uploadCompanyLogoAction, { schema: LogoUploadSchema, id: 'company-logo' });
  const remove = useAppForm(removeCompanyLogoAction, { id: 'company-logo-remove' });

  return (
    <div className="flex flex-col gap-5 rounded-card border border-line p-4 sm:flex-row sm:p-5">
      <div className="flex shrink-0 flex-col items-start gap-2 sm:w-36">
        {preview}
        <p className="text-xs text-ink-600">{hasLogo ? t('current') : t('none')}</p>
      </div>
      <div className="min-w-0 flex-1 space-y-4">
        <AppForm of={upload} className="space-y-4">
          <FormError />
          <FormNotice />
          <HiddenFields values={{ companyId }} />
          <Field meta={upload.fields.logo} label={t('file')} hint={t('hint')}>
            {({ defaultValue: _unused, className, ...control }) => (
              <input
                {...control}
                type="file"
                accept="image/png,image/jpeg,image/webp"
                className={join(className, 'py-2 file:mr-3 file:rounded-control file:border-0 file:bg-sand-100 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-ink-900')}
              />
            )}
          </Field>
          <SubmitButton pendingLabel={t('uploading')} className="w-full sm:w-auto">
            {hasLogo ? t('replace') : t('upload')}
          </SubmitButton>
        </AppForm>
        {/* Kept in the page after the logo is gone, so its notice can say so. */}
        <AppForm of={remove}>
          <FormError />
          <FormNotice />
          <HiddenFields values={{ companyId }} />
          {hasLogo && (
            <SubmitButton pendingLabel={t('removing')} variant="secondary" className="w-full sm:w-auto">
              {t('remove')}
            </SubmitButton>
          )}
        </AppForm>
      </div>
    </div>
  );
}
