'use client';

import { useTranslations } from 'next-intl';
import { hintClass, inputClass, labelClass } from '@/components/forms/field-styles';
import { FieldError, controlAria, useFieldErrors, type FieldMeta } from '@/components/forms';
import { APPLY_LANGUAGE_ROWS } from '@/lib/applications/apply-limits';
import { LANGUAGE_LEVELS, LANGUAGES } from '@/lib/vocabularies';

type Props = {
  /** The form's fields (`language1`, `level1`…). */
  fields: Record<string, FieldMeta>;
  /** The id of the hint under the legend. */
  hintId: string;
};

const rows = Array.from({ length: APPLY_LANGUAGE_ROWS }, (_, i) => i + 1);

/** Fixed rows of language + level, so the form needs no script to add a row. */
export function ApplyLanguageRows({ fields, hintId }: Props) {
  const t = useTranslations('apply.form');
  const tv = useTranslations('vocab');
  const languages = LANGUAGES.map((code) => [code, tv(`language.${code}`)] as const);
  const levels = LANGUAGE_LEVELS.map((level) => [level, tv(`languageLevel.${level}`)] as const);

  return (
    <fieldset>
      <legend className={labelClass}>
        {t('languages')} <span className="font-normal text-ink-600">({t('optional')})</span>
      </legend>
      <p id={hintId} className={hintClass}>
        {t('languagesHint')}
      </p>
      <div className="mt-2 space-y-3">
        {rows.map((row) => (
          <div key={row} className="grid grid-cols-2 gap-3">
            <RowSelect meta={fields[`language${row}`]!} label={t('language')} row={row} options={languages} empty={t('notChosen')} hintId={hintId} />
            <RowSelect meta={fields[`level${row}`]!} label={t('level')} row={row} options={levels} empty={t('notChosen')} hintId={hintId} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type RowSelectProps = { meta: FieldMeta; label: string; row: number; options: readonly (readonly [string, string])[]; empty: string; hintId: string };

function RowSelect({ meta, label, row, options, empty, hintId }: RowSelectProps) {
  const errors = useFieldErrors(meta);
  const aria = controlAria(meta, errors.length > 0, false);
  return (
    <div className="min-w-0">
      <label htmlFor={meta.id} className="text-sm font-medium text-ink-700">
        {label}
        <span className="sr-only"> {row}</span>
      </label>
      <select
        key={meta.key}
        id={meta.id}
        name={meta.name}
        defaultValue={meta.defaultValue ?? ''}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={[aria['aria-describedby'], hintId].filter(Boolean).join(' ')}
        className={`${inputClass} mt-1`}
      >
        <option value="">{empty}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError meta={meta} />
    </div>
  );
}
