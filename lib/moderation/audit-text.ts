import { createFormatter, createTranslator, type Locale } from 'next-intl';
import { TIME_ZONE } from '@/i18n/request';
import { MESSAGES } from '@/messages';
import { auditDetails, auditTargetHref, humanizeKey, isKnownAction, isTargetType, type AuditValue } from './audit-format';
import type { AuditEntry } from './audit-queries';

// An audit entry in the admin's language, the same words on the page and in the CSV export. Built on
// createTranslator and the catalogues (not getTranslations), so route handlers and tests use it as is.

export type AuditPresenter = ReturnType<typeof createAuditPresenter>;

export function createAuditPresenter(locale: Locale) {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: 'audit' });
  const status = createTranslator({ locale, messages, namespace: 'vocab.vacancyStatus' });
  const presets = createTranslator({ locale, messages, namespace: 'moderation.reject.presets' });
  const contactKinds = createTranslator({ locale, messages, namespace: 'blockedContacts.kind' });
  const format = createFormatter({ locale, timeZone: TIME_ZONE });
  // Keys built from stored codes: checked with has() where a code may be unknown.
  type Key = Parameters<typeof t>[0];
  type StatusKey = Parameters<typeof status>[0];
  type PresetKey = Parameters<typeof presets>[0];
  type KindKey = Parameters<typeof contactKinds>[0];
  const kindLabel = (kind: string) => (contactKinds.has(kind as KindKey) ? contactKinds(kind as KindKey) : kind);
  const time = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  // "2026-12-05 03:20": a form every spreadsheet reads as a date and sorts right.
  const sortable = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });

  const actionLabel = (action: string) => (isKnownAction(action) ? t(`actionNames.${action}` as Key) : humanizeKey(action.replace('.', ' ')));
  const typeLabel = (type: string) => t(`targetTypes.${isTargetType(type) ? type : 'other'}` as Key);
  const actorName = (row: Pick<AuditEntry, 'actor'>) => (row.actor ? row.actor.name || row.actor.email : t('system'));
  const objectName = (row: AuditEntry) => {
    if (!row.target) return t('missing', { id: row.targetId.slice(0, 8) });
    return row.targetType === 'user' || row.targetType === 'contact' ? row.target.title : t('quoted', { title: row.target.title });
  };
  const sentenceKey = (row: AuditEntry) => (isKnownAction(row.action) ? `sentences.${row.action}` : 'sentences.other') as 'sentences.other';
  const sentenceValues = (row: AuditEntry) => {
    const extra = row.target?.company ?? row.target?.email ?? (row.target?.kind ? kindLabel(row.target.kind) : undefined);
    return { actor: actorName(row), object: objectName(row), suffix: extra ? t('suffix', { text: extra }) : '', action: row.action, type: typeLabel(row.targetType) };
  };

  const fieldLabel = (field: string) => (t.has(`fields.${field}` as Key) ? t(`fields.${field}` as Key) : humanizeKey(field));
  const value = (v: AuditValue): string => {
    switch (v.kind) {
      case 'text': return v.text;
      case 'number': return format.number(v.value);
      case 'date': return time(v.date);
      case 'bool': return v.value ? t('yes') : t('no');
      case 'empty': return t('empty');
      case 'status': return status.has(v.status as StatusKey) ? status(v.status as StatusKey) : v.status;
      case 'contactKind': return kindLabel(v.contactKind);
      case 'preset': return presets.has(`${v.preset}.label` as PresetKey) ? presets(`${v.preset}.label` as PresetKey) : v.preset;
    }
  };

  /** What `data` records, as "Статус: Опубликована → Снята модератором" lines. */
  const changes = (row: AuditEntry): string[] =>
    auditDetails(row.action, row.data).map((d) =>
      d.before
        ? t('change', { field: fieldLabel(d.field), before: value(d.before), after: value(d.after) })
        : t('detail', { field: fieldLabel(d.field), value: value(d.after) }),
    );

  return {
    t,
    time,
    /** Moscow time for the CSV export. */
    csvTime: (date: Date) => sortable.format(date),
    actionLabel,
    typeLabel,
    actorName,
    objectName,
    sentenceKey,
    sentenceValues,
    /** Where the entry's object is looked at (null: nowhere, or it no longer exists). */
    href: (row: AuditEntry) => (row.target || row.targetType === 'report' ? auditTargetHref(row.targetType, row.targetId, row.target ?? undefined) : null),
    /** The entry as one plain sentence (the page renders the same message with a link). */
    sentence: (row: AuditEntry) => t.markup(sentenceKey(row), { ...sentenceValues(row), target: (chunks) => chunks }),
    changes,
    /** The reason first, then the changes. */
    details: (row: AuditEntry): string[] => [...(row.reason ? [t('reason', { reason: row.reason })] : []), ...changes(row)],
  };
}
