// Which document an upload is, judged by its bytes alone: the file name and the browser's type are the
// sender's say-so, so neither counts. Pure: no I/O, unit-tested with hand-built samples.

export const DOCUMENT_KINDS = {
  pdf: { contentType: 'application/pdf', label: 'PDF' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  rtf: { contentType: 'application/rtf', label: 'RTF' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF = ascii('%PDF-');
const RTF = ascii('{\\rtf');
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ODT_MIMETYPE = DOCUMENT_KINDS.odt.contentType;
/** More entries than any word-processor file has; a longer directory is not a document worth walking. */
const MAX_ENTRIES = 5_000;

const startsWith = (bytes: Uint8Array, prefix: Uint8Array, at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const utf8 = new TextDecoder();
const text = (b: Uint8Array, from: number, length: number) => utf8.decode(b.subarray(from, from + length));

/**
 * The entry names of a ZIP's central directory, found through the end record (searched backwards past a
 * comment of up to 64 KB); null when the archive is truncated, inconsistent or ZIP64 (no CV needs that).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== ZIP_LOCAL) return null;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === ZIP_END && at + 22 + u16(bytes, at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES || offset + size > end) return null;

  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== ZIP_CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return null;
    names.push(text(bytes, at + 46, nameLength));
    at = next;
  }
  return names;
}

/** ODF's rule: the first entry is `mimetype`, stored uncompressed, holding the document's media type. */
function firstEntryIsOdtMimetype(bytes: Uint8Array): boolean {
  const method = u16(bytes, 8);
  const size = u32(bytes, 18);
  const nameLength = u16(bytes, 26);
  const dataAt = 30 + nameLength + u16(bytes, 28);
  return (
    method === 0 &&
    nameLength === 8 &&
    text(bytes, 30, 8) === 'mimetype' &&
    size === ODT_MIMETYPE.length &&
    text(bytes, dataAt, size) === ODT_MIMETYPE
  );
}

/** PDF, DOCX, ODT or RTF by content, or null for anything else (an executable, another archive, an empty file). */
export function detectDocumentKind(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, RTF)) return 'rtf';
  const names = zipEntryNames(bytes);
  if (!names) return null;
  if (firstEntryIsOdtMimetype(bytes)) return 'odt';
  if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
  return null;
}

/** The kind a stored content type stands for (to label a download), or null. */
export function kindOfContentType(contentType: string): DocumentKind | null {
  const found = Object.entries(DOCUMENT_KINDS).find(([, k]) => k.contentType === contentType);
  return found ? (found[0] as DocumentKind) : null;
}
