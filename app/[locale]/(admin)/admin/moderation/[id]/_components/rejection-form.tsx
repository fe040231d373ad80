'use client';

import { useTranslations } from 'next-intl';
import { AppForm, FormError, HiddenFields, SelectField, useAppForm } from '@/components/forms';
import { buttonStyles } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { decideReviewAction } from '@/lib/moderation/actions';
import { SubmitButton } from '../../../_components/admin-form';
import { useAdminTranslate } from '../../../_components/admin-texts';
import { ReasonField } from '../../../_components/reason-field';
import { EmployerPreview, type PreviewData } from './employer-preview';

type Props = {
  hidden: Record<string, string>;
  presets: { value: string; label: string }[];
  labels: { preset: string; choose: string; note: string; noteHint: string; submit: string; pending: string };
  /** Primary above the risk threshold, where rejecting is the expected decision. */
  variant: 'primary' | 'secondary';
  preview: PreviewData;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * A preset reason plus a note (required for "other"), and what the employer will read, in their language.
 * With JavaScript the preview follows the fields; without it, "Show what the employer will read" posts the
 * fields, the server answers with them, and the reject button appears under the preview.
 */
export function RejectionForm({ hidden, presets, labels, variant, preview }: Props) {
  const reject = useAppForm(decideReviewAction);
  const t = useTranslations('decisions.preview');
  const hydrated = useHydrated();
  const { fields } = reject;
  // Conform follows what is typed (form.value); the server's answer fills it before hydration.
  const preset = text(fields.preset!.value);
  const note = text(fields.note!.value);
  // Without JavaScript the reason is shown back by the server before the reject button is offered.
  const previewed = hydrated || text(reject.reply?.initialValue?.intent) === 'preview';

  return (
    <AppForm of={reject} translate={useAdminTranslate()} className="mt-3 space-y-4" data-testid="rejection-form">
      <FormError />
      <HiddenFields values={hidden} />
      <SelectField meta={fields.preset!} label={labels.preset} empty={labels.choose} options={presets.map((p) => [p.value, p.label] as const)} />
      <ReasonField meta={fields.note!} label={labels.note} hint={labels.noteHint} required={preset === 'other'} />
      {previewed && <EmployerPreview preview={preview} preset={preset} note={note} />}
      <div className="flex flex-wrap items-center gap-3">
        {!hydrated && (
          <button type="submit" name="intent" value="preview" formNoValidate className={buttonStyles({ variant: previewed ? 'ghost' : variant, size: 'sm', className: 'mt-3' })}>
            {t('show')}
          </button>
        )}
        {previewed && (
          <SubmitButton variant={variant} pendingLabel={labels.pending}>
            {labels.submit}
          </SubmitButton>
        )}
      </div>
    </AppForm>
  );
}
