import { describe, expect, it } from 'vitest';
import { attachmentDisposition, safeFileName } from './file-name';

describe('safeFileName', () => {
  it('keeps a normal name and its extension', () => {
    expect(safeFileName('Резюме Анна Смирнова.pdf', 'pdf')).toBe('Резюме Анна Смирнова.pdf');
    expect(safeFileName('CV.DOCX', 'docx')).toBe('CV.docx');
  });

  it('drops folders, controls, bidi tricks and characters file systems forbid', () => {
    expect(safeFileName('C:\\fakepath\\cv.pdf', 'pdf')).toBe('cv.pdf');
    expect(safeFileName('../../etc/passwd', 'rtf')).toBe('passwd.rtf');
    expect(safeFileName('cv\u202Efdp.exe', 'pdf')).toBe('cv_fdp.exe.pdf');
    expect(safeFileName('a\u0000b\r\nc<>:"|?*.odt', 'odt')).toBe('a_b__c_______.odt');
    expect(safeFileName('  ..hidden.pdf.  ', 'pdf')).toBe('hidden.pdf');
  });

  it('makes the extension say what the bytes are', () => {
    expect(safeFileName('cv.pdf', 'docx')).toBe('cv.pdf.docx');
    expect(safeFileName('resume', 'odt')).toBe('resume.odt');
  });

  it('falls back to cv and caps the length', () => {
    expect(safeFileName('', 'pdf')).toBe('cv.pdf');
    expect(safeFileName('...', 'rtf')).toBe('cv.rtf');
    const long = safeFileName(`${'я'.repeat(10_000)}.pdf`, 'pdf');
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Резюме (2026).pdf')).toBe(
      `attachment; filename="______ (2026).pdf"; filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20%282026%29.pdf`,
    );
  });

  it('cannot be broken out of with quotes, semicolons or line breaks', () => {
    const header = attachmentDisposition('a"; filename="evil.html\r\nX: y.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toContain(`filename*=UTF-8''a%22%3B%20filename%3D%22evil.html%0D%0AX%3A%20y.pdf`);
  });
});
