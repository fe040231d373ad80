// How an audit row reads: which actions we know and what the `data` each writes means. Pure, so the page,
// the CSV export and the tests share it; words come from messages/pages/audit.*.json.

/** Every action code lib/moderation writes today (grep recordAudit); others still render, generically. */
export const AUDIT_ACTIONS = [
  'vacancy.approve', 'vacancy.reject', 'vacancy.approveRevision', 'vacancy.rejectRevision', 'vacancy.remove',
  'vacancy.dismissReports', 'company.verify', 'company.unverify', 'company.warn', 'company.block', 'company.unblock',
  'user.block', 'user.unblock', 'contact.block', 'contact.unblock',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export const AUDIT_TARGET_TYPES = ['vacancy', 'revision', 'company', 'user', 'report', 'application', 'contact'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
export const isTargetType = (type: string): type is AuditTargetType => (AUDIT_TARGET_TYPES as readonly string[]).includes(type);

/** Where an audit target is looked at in the admin area (null: nowhere to go). */
export function auditTargetHref(targetType: string, targetId: string, extra?: { email?: string }): string | null {
  if (targetType === 'vacancy') return `/admin/moderation/${targetId}`;
  if (targetType === 'company') return `/admin/companies/${targetId}`;
  if (targetType === 'user') return extra?.email ? `/admin/users?q=${encodeURIComponent(extra.email)}` : '/admin/users';
  if (targetType === 'report') return '/admin/reports';
  if (targetType === 'contact') return '/admin/contacts';
  return null;
}

export type AuditValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: Date }
  | { kind: 'status'; status: string }
  | { kind: 'preset'; preset: string }
  | { kind: 'contactKind'; contactKind: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'empty' };

/** One line of "what changed": `field: before → after`, or `field: after` when there is no before. */
export type AuditDetail = { field: string; before?: AuditValue; after: AuditValue };

// Keys whose value says nothing to a reader (internal ids of rows that no longer exist).
const HIDDEN = new Set(['revisionId']);
const STATUS_KEYS = new Set(['status', 'previousStatus']);
// What the sentence already says (a blocked contact is named by its value and kind there).
const IN_SENTENCE: Record<string, string[]> = { 'contact.block': ['kind', 'value'] };
const MAX_DETAILS = 12;
const MAX_TEXT = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** A stored value as something a person can read: dates, statuses, counts of ids, nested records flattened. */
export function auditValue(key: string, value: unknown, depth = 0): AuditValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') {
    if (STATUS_KEYS.has(key)) return { kind: 'status', status: value };
    if (key === 'preset') return { kind: 'preset', preset: value };
    if (key === 'kind') return { kind: 'contactKind', contactKind: value };
    if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return { kind: 'date', date: new Date(value) };
    return { kind: 'text', text: clip(value) };
  }
  if (Array.isArray(value)) {
    // A list of ids (the reports an action closed) is read as how many.
    if (value.every((v) => typeof v === 'string' && UUID.test(v))) return { kind: 'number', value: value.length };
    return { kind: 'text', text: clip(value.map((v) => plain(auditValue(key, v, depth + 1))).join(', ')) };
  }
  if (isRecord(value) && depth < 2) {
    return { kind: 'text', text: clip(Object.entries(value).map(([k, v]) => `${humanizeKey(k)}: ${plain(auditValue(k, v, depth + 1))}`).join('; ')) };
  }
  return { kind: 'text', text: clip(JSON.stringify(value) ?? '') };
}

/** A value in neutral words, for nested values only (the page translates the top level). */
function plain(v: AuditValue): string {
  switch (v.kind) {
    case 'text': return v.text;
    case 'number': return String(v.value);
    case 'date': return v.date.toISOString().slice(0, 10);
    case 'status': return v.status;
    case 'preset': return v.preset;
    case 'contactKind': return v.contactKind;
    case 'bool': return v.value ? '✓' : '✗';
    case 'empty': return '—';
  }
}

/** "blockedReason" → "Blocked reason": the fallback label of a key the messages do not know. */
export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The field changes an entry's `data` records. `{ before: {...}, after: {...} }` pairs up by key;
 * `previousStatus` of a removal reads as "status: published → removed"; other keys are single values.
 */
export function auditDetails(action: string, data: unknown): AuditDetail[] {
  if (!isRecord(data)) return data === null || data === undefined ? [] : [{ field: 'data', after: auditValue('data', data) }];
  const details: AuditDetail[] = [];
  const { before, after, ...rest } = data;
  if (isRecord(before) || isRecord(after)) {
    const was = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (HIDDEN.has(key)) continue;
      details.push({ field: key, ...(key in was ? { before: auditValue(key, was[key]) } : {}), after: auditValue(key, now[key]) });
    }
  } else {
    if (before !== undefined) rest.before = before;
    if (after !== undefined) rest.after = after;
  }
  // jsonb keeps keys in its own order (by length), so the status change is put first by hand.
  if (action === 'vacancy.remove' && typeof rest.previousStatus === 'string') {
    details.unshift({ field: 'status', before: auditValue('status', rest.previousStatus), after: { kind: 'status', status: 'removed' } });
    delete rest.previousStatus;
  }
  for (const [key, value] of Object.entries(rest)) {
    if (!HIDDEN.has(key) && !IN_SENTENCE[action]?.includes(key)) details.push({ field: key, after: auditValue(key, value) });
  }
  return details.slice(0, MAX_DETAILS);
}
