import { describe, expect, it } from 'vitest';
import { readForm } from './read';

// The form layer's reading without a schema (no zod): what the browser checks until a form's schema has loaded.
describe('readForm', () => {
  it('nests dotted and indexed names and refuses nothing', () => {
    const form = new FormData();
    form.append('title', 'Оператор');
    form.append('slots[0].start', '09:00');
    form.append('slots[1].start', '21:00');
    const submission = readForm(form);
    expect(submission.status).toBe('success');
    expect(submission.payload).toEqual({ title: 'Оператор', slots: [{ start: '09:00' }, { start: '21:00' }] });
    expect(submission.reply().error).toBeUndefined();
  });

  it('reads a form with a broken intent as a plain submit', () => {
    const form = new FormData();
    form.append('email', 'a@example.com');
    form.append('__intent__', '{not json');
    form.append('__state__', new Blob(['x']));
    expect(readForm(form).payload).toEqual({ email: 'a@example.com' });
  });
});
