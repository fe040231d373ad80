'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button, buttonStyles } from '@/components/ui/button';
import { LANGUAGE_LEVELS, LANGUAGES } from '@/lib/vocabularies';
import { emptyLanguage, fieldId, type SectionProps } from './editor-values';
import { FieldError, Section, SelectField, useFieldError } from './fields';

const MAX_LANGUAGES = 10;

export function LanguagesSection({ values, set }: SectionProps) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const rows = values.languages;
  const listError = useFieldError('languages');
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'added') document.getElementById(fieldId(`languages.${rows.length - 1}.language`))?.focus();
    if (focusNext.current === 'removed') addRef.current?.focus();
    focusNext.current = null;
  }, [rows.length]);

  const update = (index: number, patch: Partial<(typeof rows)[number]>) =>
    set('languages', rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const languageOptions = LANGUAGES.map((code) => ({ value: code, label: tv(`language.${code}`) }));
  const levelOptions = LANGUAGE_LEVELS.map((level) => ({ value: level, label: tv(`languageLevel.${level}`) }));
  const req = { required: true, requiredLabel: t('required') };

  return (
    <Section title={t('sections.languages')}>
      <div id={listError.id} tabIndex={-1} aria-describedby={listError.invalid ? `${listError.id}-error` : undefined}>
        <FieldError path="languages" messages={listError.messages} />
        <ol className="space-y-3">
          {rows.map((row, i) => {
            const n = i + 1;
            return (
              <li key={row.key} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                <SelectField path={`languages.${i}.language`} label={t('fields.language', { n })} value={row.language} onValue={(v) => update(i, { language: v })} placeholder={t('choose')} options={languageOptions} {...req} />
                <SelectField path={`languages.${i}.level`} label={t('fields.level', { n })} value={row.level} onValue={(v) => update(i, { level: v })} placeholder={t('choose')} options={levelOptions} {...req} />
                {rows.length > 1 && (
                  <Button
                    variant="ghost"
                    className="border border-line-strong"
                    onClick={() => {
                      focusNext.current = 'removed';
                      set('languages', rows.filter((_, j) => j !== i));
                    }}
                  >
                    {t('fields.removeLanguage', { n })}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      {rows.length < MAX_LANGUAGES && (
        <button
          type="button"
          ref={addRef}
          className={buttonStyles({ variant: 'secondary' })}
          onClick={() => {
            focusNext.current = 'added';
            set('languages', [...rows, emptyLanguage()]);
          }}
        >
          {t('fields.addLanguage')}
        </button>
      )}
    </Section>
  );
}
