'use client';

import { useActionState, useId, useState } from 'react';
import { FormError } from '@/app/[locale]/(auth)/_components/form-fields';
import { errorClass, inputClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import type { FormState } from '@/lib/accounts/form-state';
import { decideReviewAction } from '@/lib/moderation/actions';
import { SubmitButton } from '../../../_components/admin-form';
import { useAdminText } from '../../../_components/admin-texts';
import { ReasonField } from '../../../_components/reason-field';

type Props = {
  hidden: Record<string, string>;
  presets: { value: string; label: string }[];
  labels: { preset: string; choose: string; note: string; noteHint: string; submit: string; pending: string };
};

/** A preset reason plus a note; the note becomes required when the preset is "other". */
export function RejectionForm({ hidden, presets, labels }: Props) {
  const [state, action] = useActionState<FormState | null, FormData>(decideReviewAction, null);
  const text = useAdminText();
  const failed = state?.ok === false ? state : null;
  const [preset, setPreset] = useState(failed?.values?.preset ?? '');
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setVersion(version + 1);
    setPreset(failed?.values?.preset ?? preset);
  }
  const id = useId();
  const presetErrors = (failed?.fieldErrors?.preset ?? []).map(text);

  return (
    <form action={action} className="mt-3 space-y-4" data-testid="rejection-form">
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
      <SubmitButton variant="secondary" pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
