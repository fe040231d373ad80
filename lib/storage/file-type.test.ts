import { describe, expect, it } from 'vitest';
import { detectDocumentKind, kindOfContentType, zipEntryNames } from './file-type';

const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** A ZIP with stored (uncompressed) entries, the way the tests need them: local headers, directory, end record. */
function zip(entries: [name: string, content: string][], options: { comment?: string } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const n = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const local = Buffer.concat([
      u32(0x04034b50), u16(10), u16(0), u16(0), u16(0), u16(0), u32(0), u32(data.length), u32(data.length), u16(n.length), u16(0), n, data,
    ]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50), u16(20), u16(10), u16(0), u16(0), u16(0), u16(0), u32(0), u32(data.length), u32(data.length),
        u16(n.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), n,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(comment.length), comment,
  ]);
  return Uint8Array.from(Buffer.concat([...locals, directory, end]));
}

const DOCX_ENTRIES: [string, string][] = [
  ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
  ['_rels/.rels', '<Relationships/>'],
  ['word/document.xml', '<w:document/>'],
];
const ODT_ENTRIES: [string, string][] = [
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
  ['META-INF/manifest.xml', '<manifest:manifest/>'],
];

describe('detectDocumentKind', () => {
  it('knows the four document kinds by their bytes', () => {
    expect(detectDocumentKind(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n'))).toBe('pdf');
    expect(detectDocumentKind(bytes('{\\rtf1\\ansi Резюме}'))).toBe('rtf');
    expect(detectDocumentKind(zip(DOCX_ENTRIES))).toBe('docx');
    expect(detectDocumentKind(zip(DOCX_ENTRIES, { comment: 'made by a test' }))).toBe('docx');
    expect(detectDocumentKind(zip(ODT_ENTRIES))).toBe('odt');
  });

  it('refuses executables, whatever the file is called', () => {
    expect(detectDocumentKind(bytes('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode'))).toBeNull();
    expect(detectDocumentKind(bytes('\x7fELF\x02\x01\x01\x00'))).toBeNull();
    expect(detectDocumentKind(bytes('#!/bin/sh\nrm -rf /\n'))).toBeNull();
  });

  it('refuses an empty file and near misses', () => {
    expect(detectDocumentKind(new Uint8Array())).toBeNull();
    expect(detectDocumentKind(bytes('%PDF'))).toBeNull();
    expect(detectDocumentKind(bytes(' %PDF-1.4'))).toBeNull();
    expect(detectDocumentKind(bytes('{\\rt'))).toBeNull();
    expect(detectDocumentKind(bytes('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(detectDocumentKind(bytes('\x00'.repeat(10_000)))).toBeNull();
  });

  it('refuses ZIPs that are not documents', () => {
    expect(detectDocumentKind(zip([['readme.txt', 'hello'], ['setup.exe', 'MZ']]))).toBeNull();
    // Half a DOCX: one of the two required parts is missing.
    expect(detectDocumentKind(zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']]))).toBeNull();
    expect(detectDocumentKind(zip([['word/document.xml', '<w:document/>']]))).toBeNull();
    // A spreadsheet, or the ODT mimetype not first.
    expect(detectDocumentKind(zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '']]))).toBeNull();
    expect(detectDocumentKind(zip([['content.xml', ''], ['mimetype', 'application/vnd.oasis.opendocument.text']]))).toBeNull();
    expect(detectDocumentKind(zip([['mimetype', 'application/vnd.oasis.opendocument.text-template']]))).toBeNull();
    expect(detectDocumentKind(zip([]))).toBeNull();
  });

  it('refuses truncated and inconsistent ZIPs', () => {
    const docx = zip(DOCX_ENTRIES);
    expect(detectDocumentKind(docx.subarray(0, docx.length - 10))).toBeNull();
    expect(detectDocumentKind(docx.subarray(0, 30))).toBeNull();
    expect(detectDocumentKind(bytes('PK\x03\x04'))).toBeNull();
    // The end record pointing past itself.
    const broken = Uint8Array.from(docx);
    broken.set(u32(0x7fffffff), broken.length - 6);
    expect(detectDocumentKind(broken)).toBeNull();
    // A directory entry count far larger than the directory.
    const lying = Uint8Array.from(docx);
    lying.set(u16(4_000), lying.length - 12);
    expect(detectDocumentKind(lying)).toBeNull();
  });

  it('copes with junk of any size quickly', () => {
    const noise = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    noise.set([0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    expect(detectDocumentKind(noise)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('zipEntryNames', () => {
  it('lists the central directory, UTF-8 names included', () => {
    expect(zipEntryNames(zip([['a.txt', 'x'], ['папка/резюме.txt', 'y']]))).toEqual(['a.txt', 'папка/резюме.txt']);
  });
});

describe('kindOfContentType', () => {
  it('maps stored types back to kinds', () => {
    expect(kindOfContentType('application/pdf')).toBe('pdf');
    expect(kindOfContentType('application/vnd.oasis.opendocument.text')).toBe('odt');
    expect(kindOfContentType('text/html')).toBeNull();
  });
});
