'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { errorClass, hintClass, inputClass, labelClass } from '@/app/[locale]/(auth)/_components/field-styles';
import { APPLY_LANGUAGE_ROWS } from '@/lib/applications/schemas';
import { LANGUAGE_LEVELS, LANGUAGES } from '@/lib/vocabularies';

type Props = {
  /** Translated errors of a field (`language2`, `level2`…). */
  errorsFor: (name: string) => string[];
  valueOf: (name: string) => string;
};

const rows = Array.from({ length: APPLY_LANGUAGE_ROWS }, (_, i) => i + 1);

/** Fixed rows of language + level, so the form needs no script to add a row. */
export function ApplyLanguageRows({ errorsFor, valueOf }: Props) {
  const t = useTranslations('apply.form');
  const tv = useTranslations('vocab');
  const id = useId();

  const languages = LANGUAGES.map((code) => [code, tv(`language.${code}`)] as const);
  const levels = LANGUAGE_LEVELS.map((level) => [level, tv(`languageLevel.${level}`)] as const);

  const select = (name: string, label: string, options: readonly (readonly [string, string])[], row: number) => {
    const errors = errorsFor(name);
    const errorId = errors.length ? `${id}-${name}-error` : undefined;
    return (
      <div className="min-w-0">
        <label htmlFor={`${id}-${name}`} className="text-sm font-medium text-ink-700">
          {label}
          <span className="sr-only"> {row}</span>
        </label>
        <select
          id={`${id}-${name}`}
          name={name}
          defaultValue={valueOf(name)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(' ')}
          className={`${inputClass} mt-1`}
        >
          <option value="">{t('notChosen')}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        {errors[0] && (
          <p id={errorId} className={errorClass}>
            {errors[0]}
          </p>
        )}
      </div>
    );
  };

  return (
    <fieldset>
      <legend className={labelClass}>
        {t('languages')} <span className="font-normal text-ink-600">({t('optional')})</span>
      </legend>
      <p id={`${id}-hint`} className={hintClass}>
        {t('languagesHint')}
      </p>
      <div className="mt-2 space-y-3">
        {rows.map((row) => (
          <div key={row} className="grid grid-cols-2 gap-3">
            {select(`language${row}`, t('language'), languages, row)}
            {select(`level${row}`, t('level'), levels, row)}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
