'use client';

import { useTranslations } from 'next-intl';
import { FieldError, SelectField, useFieldErrors } from '@/components/forms';
import { buttonStyles } from '@/components/ui/button';
import { LANGUAGE_LEVELS, LANGUAGES } from '@/lib/vocabularies';
import type { EditorFields, SectionProps } from './editor-values';
import { useRowFocus } from './use-row-focus';
import { Section } from './fields';

const MAX_LANGUAGES = 10;
const firstFieldId = (i: number) => `vf-languages[${i}].language`;

/** Rows are added and removed by Conform's list intents: submit buttons, so they work without JavaScript too. */
export function LanguagesSection({ fields, form }: SectionProps & { form: ListForm }) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const rows = fields.languages.getFieldList();
  const addRef = useRowFocus(rows.length, firstFieldId);
  const listErrors = useFieldErrors(fields.languages);
  const languageOptions = LANGUAGES.map((code) => [code, tv(`language.${code}`)] as const);
  const levelOptions = LANGUAGE_LEVELS.map((level) => [level, tv(`languageLevel.${level}`)] as const);

  return (
    <Section title={t('sections.languages')}>
      <div id={fields.languages.id} tabIndex={-1} aria-describedby={listErrors.length ? fields.languages.errorId : undefined}>
        <FieldError meta={fields.languages} />
        <ol className="space-y-3">
          {rows.map((row, i) => {
            const n = i + 1;
            const { language, level } = row.getFieldset();
            return (
              <li key={row.key} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                <SelectField meta={language} label={`${t('fields.language', { n })} *`} empty={t('choose')} options={languageOptions} />
                <SelectField meta={level} label={`${t('fields.level', { n })} *`} empty={t('choose')} options={levelOptions} />
                {rows.length > 1 && (
                  <button {...form.remove.getButtonProps({ name: fields.languages.name, index: i })} className={buttonStyles({ variant: 'ghost', className: 'border border-line-strong' })}>
                    {t('fields.removeLanguage', { n })}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      {rows.length < MAX_LANGUAGES && (
        <button ref={addRef} {...form.insert.getButtonProps({ name: fields.languages.name, defaultValue: { language: '', level: '' } })} className={buttonStyles({ variant: 'secondary' })}>
          {t('fields.addLanguage')}
        </button>
      )}
    </Section>
  );
}

/** The part of Conform's form the list sections use. */
export type ListForm = {
  insert: { getButtonProps: (options: { name: string; defaultValue?: unknown }) => Record<string, unknown> };
  remove: { getButtonProps: (options: { name: string; index: number }) => Record<string, unknown> };
};
export type { EditorFields };
