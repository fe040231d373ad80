import type { DocumentKind } from './file-type';

// The name an uploaded file is shown and downloaded under. It comes from the sender, so it is cut down to
// printable text, and its extension is made to match what the bytes are (a DOCX never downloads as .pdf).

const MAX_NAME_LENGTH = 120;
// Control and format characters (including the right-to-left override of `cv\u202Efdp.exe`), and what
// file systems forbid.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]/gu;

/** A clean display name ending in the kind's extension: `C:\fakepath\Резюме.pdf` → `Резюме.pdf`. */
export function safeFileName(original: string, kind: DocumentKind): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  let name = base.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').replace(/^[\s._]+|[\s.]+$/g, '');
  const extension = `.${kind}`;
  if (!name.toLowerCase().endsWith(extension)) name = `${name}${extension}`;
  const stem = [...name.slice(0, -extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('').trim();
  return `${stem || 'cv'}${extension}`;
}

// RFC 5987: encodeURIComponent leaves ' ( ) * alone, which the header's grammar does not allow.
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266); quotes and controls cannot break out. */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}
