import { describe, expect, it } from 'vitest';
import { csvLocale, csvResponse, csvTime, toCsv, toCsvColumns } from './export';

const BOM = '\uFEFF';
const body = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(1, -1);

describe('toCsv', () => {
  it('writes a BOM, a header, `;` between cells and CRLF after every row', () => {
    expect(toCsv(['Когда', 'Кто'], [['1 дек. 2026 г. 10:00', 'Анна Петрова'], [42, null]])).toBe(
      `${BOM}Когда;Кто\r\n1 дек. 2026 г. 10:00;Анна Петрова\r\n42;\r\n`,
    );
    expect(toCsv(['a'], [])).toBe(`${BOM}a\r\n`);
  });

  it('defuses a cell that starts like a formula with a leading apostrophe', () => {
    const cells = ['=HYPERLINK("http://evil")', '+7 912 345-67-89', '-2+3', '@SUM(A1)', '\tindent', '\rreturn', '＝1+1'];
    expect(body(toCsv(['x'], cells.map((c) => [c])))).toEqual([
      `"'=HYPERLINK(""http://evil"")"`, `'+7 912 345-67-89`, `'-2+3`, `'@SUM(A1)`, `'\tindent`, `"'\rreturn"`, `'＝1+1`,
    ]);
  });

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(body(toCsv(['x', 'y', 'z'], [['Оператор чата', -5, 'a-b=c'], ['', 0, 'x@y.example']]))).toEqual([
      'Оператор чата;-5;a-b=c',
      ';0;x@y.example',
    ]);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(body(toCsv(['x', 'y'], [['a;b', 'say "hi"'], ['one\ntwo', 'a,b']]))).toEqual(['"a;b";"say ""hi"""', '"one\ntwo";"a,b"']);
  });

  it('writes booleans as yes or nothing', () => {
    expect(body(toCsv(['x', 'y'], [[true, false]]))).toEqual(['yes;']);
  });
});

describe('csvResponse', () => {
  it('is a private attachment with a safe file name', async () => {
    const response = csvResponse(toCsv(['x'], [['y']]), 'audit "log".csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="audit__log_.csv"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // The BOM survives the trip through Response (text() would strip it when decoding).
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('local times, the language and columns', () => {
  it('writes a moment as Moscow time, sortable, and nothing for no date', () => {
    expect(csvTime(new Date('2026-11-30T21:30:00Z'))).toBe('2026-12-01 00:30');
    expect(csvTime(new Date('2026-06-15T09:05:59Z'))).toBe('2026-06-15 12:05');
    expect(csvTime(null)).toBe('');
  });

  it('takes ?lang= of the site, Russian without it, and refuses anything else', () => {
    expect(csvLocale(new URLSearchParams('lang=en'))).toBe('en');
    expect(csvLocale(new URLSearchParams(''))).toBe('ru');
    expect(csvLocale(new URLSearchParams('lang='))).toBe('ru');
    expect(csvLocale(new URLSearchParams('lang=de'))).toBeNull();
    expect(csvLocale(new URLSearchParams('lang=constructor'))).toBeNull();
  });

  it('keeps each header beside its cell, with the same guard', () => {
    const csv = toCsvColumns([{ header: 'Имя', cell: (r: { n: string }) => r.n }, { header: 'Длина', cell: (r) => r.n.length }], [{ n: '=1+1' }]);
    expect(csv).toBe(`${BOM}Имя;Длина\r\n'=1+1;4\r\n`);
  });
});
