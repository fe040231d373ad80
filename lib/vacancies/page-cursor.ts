// Keyset cursors of the catalogue's pages (decision 008): the "next" link of page n carries the sort keys of
// its last card (`after=`), the "previous" link those of its first (`before=`), so the next page starts at
// that card instead of counting past every card before it. The page number stays in the URL and stays
// the truth: a cursor that does not fit the page's order is not used, and the page is read by its number.
// A text search ranks by relevance, which is no key to seek by: its pages have no cursors.

/** The orders a cursor can follow: relevance is left out. */
export type KeysetSort = 'new' | 'salary' | 'salaryAsc';

export type CursorKey = {
  name: 'isEn' | 'salaryMax' | 'salaryMin' | 'publishedAt' | 'id';
  kind: 'bool' | 'int' | 'time' | 'uuid';
  desc: boolean;
  /** Nullable keys sort their nulls last (ads without a salary). */
  nullable: boolean;
};
export type CursorValue = boolean | number | Date | string | null;

/** A card's key values, as the page statement returns them. */
export type CursorRow = { isEn: boolean; salaryMax: number | null; salaryMin: number | null; publishedAt: Date; id: string };

/** `after`: the page starts after this card; `before`: it ends before it. The token is still undecoded. */
export type PageCursor = { direction: 'after' | 'before'; token: string };

const TAG: Record<KeysetSort, string> = { new: 'n', salary: 's', salaryAsc: 'a' };
const PUBLISHED: CursorKey = { name: 'publishedAt', kind: 'time', desc: true, nullable: false };
const ID: CursorKey = { name: 'id', kind: 'uuid', desc: false, nullable: false };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a token may look like at all (the URL parser's check; decodeCursor checks it against an order). */
export const CURSOR_TOKEN = /^[nsa]e?(\.(-|\d{1,15}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})){2,4}$/;

/**
 * The ORDER BY of a catalogue page without relevance, key by key: English ads first where the visitor
 * reads English (`preferred`), then the sort's own key, then newest first, then the id as the tie-break.
 */
export function cursorKeys(sort: KeysetSort, preferred: boolean): CursorKey[] {
  const keys: CursorKey[] = preferred ? [{ name: 'isEn', kind: 'bool', desc: true, nullable: false }] : [];
  if (sort === 'salary') keys.push({ name: 'salaryMax', kind: 'int', desc: true, nullable: true });
  if (sort === 'salaryAsc') keys.push({ name: 'salaryMin', kind: 'int', desc: false, nullable: true });
  keys.push(PUBLISHED, ID);
  return keys;
}

function encodeValue(key: CursorKey, row: CursorRow): string {
  const value = row[key.name];
  if (value === null) return '-';
  if (key.kind === 'bool') return value ? '1' : '0';
  if (key.kind === 'time') return String((value as Date).getTime());
  return String(value);
}

function decodeValue(key: CursorKey, text: string): CursorValue | undefined {
  if (text === '-') return key.nullable ? null : undefined;
  switch (key.kind) {
    case 'bool': return text === '1' ? true : text === '0' ? false : undefined;
    case 'int': return /^\d{1,10}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : undefined;
    // Milliseconds up to 13 digits (the year 2286): a date any database and ISO string can hold.
    case 'time': return /^\d{1,13}$/.test(text) ? new Date(Number(text)) : undefined;
    case 'uuid': return UUID.test(text) ? text : undefined;
  }
}

/** The token of a card in this order: `n.1764930000000.<uuid>` (characters a URL carries unescaped). */
export function encodeCursor(sort: KeysetSort, preferred: boolean, row: CursorRow): string {
  const keys = cursorKeys(sort, preferred);
  return [`${TAG[sort]}${preferred ? 'e' : ''}`, ...keys.map((k) => encodeValue(k, row))].join('.');
}

/** The key values of a token made for this order; null when it was made for another or is malformed. */
export function decodeCursor(token: string, sort: KeysetSort, preferred: boolean): CursorValue[] | null {
  const [tag, ...parts] = token.split('.');
  const keys = cursorKeys(sort, preferred);
  if (tag !== `${TAG[sort]}${preferred ? 'e' : ''}` || parts.length !== keys.length) return null;
  const values = keys.map((k, i) => decodeValue(k, parts[i]!));
  return values.some((v) => v === undefined) ? null : (values as CursorValue[]);
}
