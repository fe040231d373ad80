import { getFormatter, getTranslations } from 'next-intl/server';
import type { FieldChange, TextChange } from '@/lib/moderation/diff';
import type { DiffField } from '@/lib/moderation/review-queries';
import { thClass, tdClass } from '../../../_components/styles';

type Scalar = string | number | boolean | null;

/** The fields an edit changes, old against new; the description paragraph by paragraph, changed words marked. */
export async function ChangeList({ changes }: { changes: FieldChange[] }) {
  const [t, label, value] = await Promise.all([getTranslations('moderation.review'), fieldLabeller(), valueFormatter()]);
  if (changes.length === 0) return <p className="mt-3 text-ink-700">{t('diffNone')}</p>;
  const rows = changes.filter((c) => c.kind !== 'text');
  const texts = changes.filter((c) => c.kind === 'text');

  return (
    <div className="mt-3 space-y-6" data-testid="revision-diff">
      <p className="text-sm text-ink-600">{t('diffIntro')}</p>
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-card border border-line bg-surface">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('field')}</th>
                <th scope="col" className={thClass}>{t('before')}</th>
                <th scope="col" className={thClass}>{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.field} data-field={c.field}>
                  <th scope="row" className={`${tdClass} font-medium`}>{label(c.field as DiffField)}</th>
                  {c.kind === 'list' ? (
                    <>
                      <td className={tdClass}>
                        <ListValue items={c.before} marked={c.change.removed} render={(x) => value(c.field, x)} tag="del" markLabel={t('removed')} />
                      </td>
                      <td className={tdClass}>
                        <ListValue items={c.after} marked={c.change.added} render={(x) => value(c.field, x)} tag="ins" markLabel={t('added')} />
                      </td>
                    </>
                  ) : c.kind === 'value' ? (
                    <>
                      <td className={`${tdClass} break-words text-ink-700`}>{value(c.field, c.before)}</td>
                      <td className={`${tdClass} break-words font-medium`}>{value(c.field, c.after)}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {texts.map((c) => c.kind === 'text' && <TextDiff key={c.field} field={c.field} label={label(c.field as DiffField)} lines={c.lines} />)}
    </div>
  );
}

const lineClass = 'block min-h-6 px-3 py-0.5 whitespace-pre-wrap';
// Word marks carry a line (struck or underlined) besides the colour, so they still read in forced colours.
const delWordClass = 'rounded-sm px-0.5 bg-red-100 text-red-950 line-through decoration-red-700 decoration-2';
const insWordClass = 'rounded-sm px-0.5 bg-brand-100 text-brand-950 underline decoration-brand-700 decoration-2 underline-offset-2';

/** A long text paragraph by paragraph; inside a changed paragraph only the changed words are marked. */
async function TextDiff({ field, label, lines }: { field: string; label: string; lines: TextChange[] }) {
  const t = await getTranslations('moderation.diff');
  return (
    <div>
      <h3 className="font-semibold">
        {label}: {t('heading')}
      </h3>
      <p className="mt-1 text-sm text-ink-600">{t('legend')}</p>
      <div className="mt-2 overflow-x-auto rounded-card border border-line bg-surface font-mono text-sm" data-field={field}>
        {lines.map((line, i) =>
          line.type === 'same' ? (
            <p key={i} className={`${lineClass} text-ink-600`}>
              {line.text}
            </p>
          ) : line.type === 'removed' ? (
            <del key={i} className={`${lineClass} bg-red-50 text-red-900 no-underline`}>
              <span aria-hidden="true">− </span>
              <span className="sr-only">{t('removedParagraph')}: </span>
              {line.text}
            </del>
          ) : line.type === 'added' ? (
            <ins key={i} className={`${lineClass} bg-brand-50 text-brand-900 no-underline`}>
              <span aria-hidden="true">+ </span>
              <span className="sr-only">{t('addedParagraph')}: </span>
              {line.text}
            </ins>
          ) : (
            <p key={i} className={`${lineClass} border-l-4 border-accent-400 text-ink-800`} data-diff="changed">
              <span className="sr-only">{t('changedParagraph')}: </span>
              {line.words.map((w, j) =>
                w.type === 'same' ? (
                  <span key={j}>{w.text}</span>
                ) : w.type === 'removed' ? (
                  <del key={j} className={delWordClass}>
                    <span className="sr-only">[{t('removed')}: </span>
                    {w.text}
                    <span className="sr-only">]</span>
                  </del>
                ) : (
                  <ins key={j} className={insWordClass}>
                    <span className="sr-only">[{t('added')}: </span>
                    {w.text}
                    <span className="sr-only">]</span>
                  </ins>
                ),
              )}
            </p>
          ),
        )}
      </div>
    </div>
  );
}

function ListValue({ items, marked, render, tag, markLabel }: { items: readonly string[]; marked: string[]; render: (x: string) => string; tag: 'ins' | 'del'; markLabel: string }) {
  if (items.length === 0) return <span className="text-ink-600">—</span>;
  const Mark = tag;
  return (
    <ul className="space-y-0.5">
      {items.map((x) => (
        <li key={x}>
          {marked.includes(x) ? (
            <Mark className={tag === 'ins' ? 'bg-brand-50 font-medium text-brand-900 no-underline' : 'bg-red-50 text-red-900'}>
              {render(x)} <span className="text-xs">({markLabel})</span>
            </Mark>
          ) : (
            render(x)
          )}
        </li>
      ))}
    </ul>
  );
}

const OWN_LABELS = ['shiftSlots', 'languages', 'contractTypes', 'abroadCountries', 'salaryGross'] as const;

/** Field labels: the editor's, except for the lists the editor shows as groups. */
async function fieldLabeller() {
  const [te, tf] = await Promise.all([getTranslations('editor.fields'), getTranslations('moderation.fields')]);
  return (field: DiffField) => {
    if ((OWN_LABELS as readonly string[]).includes(field)) return tf(field as (typeof OWN_LABELS)[number]);
    const key = field as Parameters<typeof te>[0];
    return te.has(key) ? te(key) : field;
  };
}

const VOCAB_FIELDS: Record<string, string> = {
  industry: 'industry', schedule: 'schedule', employment: 'employment', experience: 'experience',
  salaryPeriod: 'salaryPeriod', applyMode: 'applyMode', contractTypes: 'contractType',
};

/** A stored value as the admin reads it: vocabulary labels, yes/no, numbers in the page's format. */
async function valueFormatter() {
  const [tv, tf, format] = await Promise.all([getTranslations('vocab'), getTranslations('moderation.fields'), getFormatter()]);
  type VocabKey = Parameters<typeof tv>[0];
  const vocab = (key: string, fallback: string) => (tv.has(key as VocabKey) ? tv(key as VocabKey) : fallback);
  return (field: string, v: Scalar): string => {
    if (v === null || v === '') return tf('empty');
    if (field === 'salaryGross') return v ? tf('gross') : tf('net');
    if (typeof v === 'boolean') return v ? tf('yes') : tf('no');
    if (typeof v === 'number') return format.number(v);
    if (field === 'languages') {
      const [code = '', level = ''] = v.split(':');
      return `${vocab(`language.${code}`, code)} — ${vocab(`languageLevel.${level}`, level)}`;
    }
    const group = VOCAB_FIELDS[field];
    return group ? vocab(`${group}.${v}`, v) : v;
  };
}
