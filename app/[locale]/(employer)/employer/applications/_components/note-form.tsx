'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Field, FormError, FormNotice, SubmitButton } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { useValidatedAction } from '@/app/[locale]/(auth)/_components/use-validated-action';
import { addApplicationNoteAction } from '@/lib/applications/actions';
import { NOTE_MAX, NoteSchema } from '@/lib/applications/pipeline-schemas';

/** A private note; the field empties after it is saved and keeps the text after a failure. */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('applications.notes');
  const [state, action, validate] = useValidatedAction(addApplicationNoteAction, NoteSchema);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);

  return (
    <form ref={formRef} action={action} onSubmit={validate} noValidate className="space-y-4">
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div key={f.version}>
        <Field name="body" label={t('label')} errors={f.errorsFor('body')}>
          {(control) => (
            <textarea {...control} className={`${control.className} py-2`} rows={4} maxLength={NOTE_MAX} defaultValue={f.valueOf('body')} />
          )}
        </Field>
      </div>
      <SubmitButton pendingLabel={t('submitting')} className="sm:w-auto">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
