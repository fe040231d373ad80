import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, runRisk } from './risk';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'risk-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function tempFile(name: string, content: string) {
  const file = path.join(dir, name);
  await writeFile(file, content, 'utf8');
  return file;
}

describe('runRisk', () => {
  it('scores each record, keyed by id, slug or index, and reports bad records without stopping', async () => {
    const file = await tempFile(
      'records.json',
      JSON.stringify([
        { id: 'a1', title: 'Оператор чата', description: 'Оплатите обучение — 1500 ₽, деньги вернём с первой зарплатой.' },
        { slug: 'calm', title: 'Оператор чата', description: 'Отвечаете покупателям в чате, обучение бесплатное.', applyMode: 'form' },
        { title: 'Оператор', salaryFrom: 'много' },
        'not an object',
      ]),
    );
    const outcome = runRisk(await readFile(file, 'utf8'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [fee, calm, badSalary, notObject] = outcome.entries;
    expect(fee).toMatchObject({ id: 'a1', flagged: true });
    expect(fee && 'reasons' in fee && fee.reasons[0]?.code).toBe('upfrontPayment');
    expect(calm).toEqual({ id: 'calm', score: 0, flagged: false, reasons: [] });
    expect(badSalary).toEqual({ id: 2, error: expect.stringMatching(/^salaryFrom: /) });
    expect(notObject).toEqual({ id: 3, error: expect.any(String) });
  });

  it('refuses invalid JSON and anything but an array', () => {
    expect(runRisk('{ nope')).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(runRisk('{"title":"x"}')).toEqual({ ok: false, message: expect.stringMatching(/JSON array/) });
    expect(runRisk('[]')).toEqual({ ok: true, entries: [] });
  });

  it('scores the documented example file', async () => {
    const outcome = runRisk(await readFile(path.join(import.meta.dirname, '../docs/examples/risk-input.json'), 'utf8'));
    expect(outcome.ok && outcome.entries.map((e) => ('error' in e ? ['error', e.id] : [e.flagged, e.id]))).toEqual([
      [false, 'honest-bank'],
      [true, 'scam-training-fee'],
      ['error', 2],
    ]);
  });
});

describe('main', () => {
  const capture = () => ({
    out: vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
    err: vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
  });

  it('prints the entries as JSON and exits 0', async () => {
    const { out } = capture();
    const file = await tempFile('ok.json', '[{"id": 1, "title": "Оператор", "description": "Связь только в WhatsApp."}]');
    expect(await main([file])).toBe(0);
    expect(JSON.parse(String(out.mock.calls[0]?.[0]))).toEqual([expect.objectContaining({ id: 1, reasons: [expect.objectContaining({ code: 'messengerOnly' })] })]);
  });

  it.each([
    ['a missing file', () => [path.join(dir, 'missing.json')], /no such file/],
    ['a directory', () => [dir], /directory/],
    ['no argument', () => [], /Usage/],
  ])('exits 2 with a message for %s', async (_case, args, message) => {
    const { out, err } = capture();
    expect(await main(args())).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(message);
    expect(out).not.toHaveBeenCalled();
  });

  it('exits 2 for a file that is not a JSON array', async () => {
    const { err } = capture();
    expect(await main([await tempFile('object.json', '{"title": "x"}')])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/JSON array/);
  });
});
