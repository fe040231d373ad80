'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState, useSyncExternalStore } from 'react';
import { FormError } from '@/app/[locale]/(auth)/_components/form-fields';
import { errorClass, inputClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { buttonStyles } from '@/components/ui/button';
import type { FormState } from '@/lib/accounts/form-state';
import { decideReviewAction } from '@/lib/moderation/actions';
import { SubmitButton } from '../../../_components/admin-form';
import { useAdminText } from '../../../_components/admin-texts';
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

const noSubscription = () => () => {};

/**
 * A preset reason plus a note (required for "other"), and what the employer will read, in their language.
 * With JavaScript the preview follows the fields; without it, "Show what the employer will read" posts the
 * fields, the server answers with them, and the reject button appears under the preview.
 */
export function RejectionForm({ hidden, presets, labels, variant, preview }: Props) {
  const [state, action] = useActionState<FormState | null, FormData>(decideReviewAction, null);
  const text = useAdminText();
  const t = useTranslations('decisions.preview');
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const failed = state?.ok === false ? state : null;
  const [preset, setPreset] = useState(failed?.values?.preset ?? '');
  const [note, setNote] = useState(failed?.values?.note ?? '');
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setVersion(version + 1);
    setPreset(failed?.values?.preset ?? preset);
    setNote(failed?.values?.note ?? note);
  }
  const id = useId();
  const presetErrors = (failed?.fieldErrors?.preset ?? []).map(text);
  // Without JavaScript the reason is shown back by the server before the reject button is offered.
  const previewed = hydrated || failed?.values?.intent === 'preview';

  return (
    <form action={action} className="mt-3 space-y-4" data-testid="rejection-form" onInput={(e) => {
      const target = e.target as HTMLTextAreaElement;
      if (target.name === 'note') setNote(target.value);
    }}>
      <FormError message={failed?.formError ? text(failed.formError) : null} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={id} className={labelClass}>
          {labels.preset}
        </label>
        <select
          id={id}
          name="preset"
          required
          value={preset}
          onChange={(e) => setPreset(e.target.value)}
          aria-invalid={presetErrors.length ? true : undefined}
          aria-describedby={presetErrors.length ? `${id}-error` : undefined}
          className={`mt-1.5 ${inputClass}`}
        >
          <option value="">{labels.choose}</option>
          {presets.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        {presetErrors[0] && (
          <p id={`${id}-error`} className={errorClass}>
            {presetErrors[0]}
          </p>
        )}
      </div>
      <ReasonField
        key={version}
        name="note"
        label={labels.note}
        hint={labels.noteHint}
        required={preset === 'other'}
        defaultValue={failed?.values?.note ?? ''}
        errors={(failed?.fieldErrors?.note ?? []).map(text)}
      />
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
    </form>
  );
}
