'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, FormNotice, HiddenFields, SubmitButton, TextareaField, useAppForm } from '@/components/forms';
import { addApplicationNoteAction } from '@/lib/applications/actions';
import { NOTE_MAX, NoteFormSchema } from '@/lib/applications/pipeline-schemas';

/** A private note; the field empties after it is saved and keeps the text after a failure. */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('applications.notes');
  const note = useAppForm(addApplicationNoteAction, { schema: NoteFormSchema, id: `note-${applicationId}` });
  return (
    <AppForm of={note} className="space-y-4">
      <FormError />
      <FormNotice />
      <HiddenFields values={{ applicationId }} />
      <TextareaField meta={note.fields.body} label={t('label')} rows={4} maxLength={NOTE_MAX} />
      <SubmitButton pendingLabel={t('submitting')} className="sm:w-auto">
        {t('submit')}
      </SubmitButton>
    </AppForm>
  );
}
