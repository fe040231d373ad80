'use client';

import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { useFormText } from '@/components/forms';

type Translate = ReturnType<typeof useTranslations<'editor.fields'>>;
type SectionsTranslate = ReturnType<typeof useTranslations<'editor.sections'>>;

/** «languages[1].level» → «Уровень языка 2»: the label the field has in the form. */
function labelOf(name: string, t: Translate, ts: SectionsTranslate): string {
  const row = /^(languages|shiftSlots)\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const n = Number(row[2]) + 1;
    const key = { language: 'language', level: 'level', start: 'slotStart', end: 'slotEnd', timeZone: 'slotZone' }[row[3] ?? ''];
    if (key) return t(key as 'language', { n });
  }
  const top = name.replace(/\[\d+\]$/, '');
  const section = ({ shiftSlots: 'schedule', languages: 'languages', contractTypes: 'contracts' } as const)[top as 'languages'];
  if (section) return ts(section);
  return t.has(top as 'title') ? t(top as 'title', { n: 1 }) : top;
}

/**
 * What keeps the vacancy from being saved or sent to review (`sending`), each line a link to its field; rendered
 * by the server too, so it works without JavaScript. The fields show the same errors in place.
 */
export function ErrorSummary({ sending }: { sending: boolean }) {
  const form = useFormMetadata();
  const formId = form.id;
  const t = useTranslations('editor');
  const tf = useTranslations('editor.fields');
  const ts = useTranslations('editor.sections');
  const text = useFormText();
  // The browser's check and the server's answer alike (without JavaScript the server renders this).
  const entries = Object.entries(form.allErrors).filter(([name, errors]) => name !== '' && errors?.length);
  if (!entries.length) return null;
  return (
    <section aria-labelledby={`${formId}-summary`} className="rounded-control border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="error-summary">
      <h2 id={`${formId}-summary`} className="font-semibold">
        {sending ? t('summary.toSubmit') : t('summary.toSave')}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([name, errors]) => (
          <li key={name}>
            <a href={`#${formId}-${name}`} className="font-medium underline underline-offset-2 hover:text-red-700">
              {labelOf(name, tf, ts)}
            </a>
            : {text(errors![0]!)}
          </li>
        ))}
      </ul>
    </section>
  );
}
