import { describe, expect, it } from 'vitest';
import '@/lib/zod-setup';
import { z } from 'zod';
import { SignInSchema, SignUpSchema } from '@/lib/accounts/schemas';
import { FORM_ERRORS, formAction, parseForm, readForm, refuse, reply } from './action';

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

// The action the tests call: what a real action does with a schema.
const echo = formAction(async (formData) => {
  const submission = parseForm(formData, SignInSchema);
  if (submission.status !== 'success') return reply(submission);
  return reply(submission, { notice: 'accounts.notices.resetSent' });
});

describe('formAction: any caller, any arguments', () => {
  it.each([[undefined], [null], ['text'], [42], [[1, 2]], [{ email: 'a@b.c' }], [new URLSearchParams('email=a')]])('answers %j with a message', async (arg) => {
    const result = await (echo as (p: unknown, f: unknown) => Promise<unknown>)(null, arg);
    expect(result).toEqual({ status: 'error', error: { '': [FORM_ERRORS.malformed] } });
  });

  it('strips NUL bytes from names and values before the handler reads them', async () => {
    const result = await echo(null, form([['em\u0000ail', 'a\u0000nna@example.com'], ['password', 'x\u0000y']]));
    expect(result.status).toBe('success');
    expect(result.initialValue).toMatchObject({ email: 'anna@example.com' });
  });

  it('a Conform intent (validate, a list row) is answered with the form as sent; the operation does not run', async () => {
    let ran = 0;
    const operation = formAction(async (formData) => {
      ran += 1;
      return reply(readForm(formData), { notice: 'done' });
    });
    const validate = await operation(null, form([['__intent__', JSON.stringify({ type: 'validate', payload: { name: 'acknowledged' } })], ['acknowledged', '1'], ['password', 'secret-1234']]));
    expect(ran).toBe(0);
    expect(validate.status).toBeUndefined();
    expect(validate.initialValue).toEqual({ acknowledged: '1' });
    const insert = await operation(null, form([['__intent__', JSON.stringify({ type: 'insert', payload: { name: 'rows' } })], ['rows[0]', 'a']]));
    expect(ran).toBe(0);
    expect(insert.initialValue).toEqual({ rows: ['a', undefined] });
    // A malformed intent is dropped and the form is sent as a plain submit.
    const hostile = await operation(null, form([['__intent__', '{not json'], ['acknowledged', '1']]));
    expect(ran).toBe(1);
    expect(hostile.notice).toBe('done');
  });

  it('never sends passwords or link tokens back to the page', async () => {
    const result = await echo(null, form([['email', 'nope'], ['password', 'secret-1234'], ['token', 'abc']]));
    expect(result.status).toBe('error');
    expect(result.initialValue).toEqual({ email: 'nope' });
    expect(JSON.stringify(result)).not.toContain('secret-1234');
  });
});

describe('parseForm: wrong shapes are field errors with keys, never a throw', () => {
  it('keeps the schema messages and the values sent', () => {
    const result = reply(parseForm(form([['email', 'not-an-email'], ['password', '']]), SignInSchema));
    expect(result.error).toMatchObject({ email: ['accounts.errors.emailInvalid'], password: ['accounts.errors.passwordRequired'] });
    expect(result.initialValue).toEqual({ email: 'not-an-email' });
  });

  it('a 10 kB string is a field error', () => {
    const long = 'a'.repeat(10_000);
    const result = reply(parseForm(form([['email', `${long}@example.com`], ['password', long], ['name', long], ['companyName', long]]), SignUpSchema));
    expect(result.status).toBe('error');
    expect(result.error?.email).toEqual(['accounts.errors.emailInvalid']);
    expect(result.error?.name).toEqual(['accounts.errors.nameTooLong']);
    expect(result.error?.password?.[0]).toBe('accounts.errors.passwordTooLong');
  });

  it('a field sent twice, a file for text, a missing field: the layer’s keys, not zod’s English', () => {
    const schema = z.object({ title: z.string(), count: z.string().max(3), note: z.string() });
    const result = reply(parseForm(form([['title', 'a'], ['title', 'b'], ['count', 'abcd'], ['note', new Blob(['x'])]]), schema));
    expect(result.error).toMatchObject({ title: [FORM_ERRORS.invalid], count: [FORM_ERRORS.tooLong], note: [FORM_ERRORS.invalid] });
    const missing = reply(parseForm(form([]), schema));
    expect(missing.error?.title).toEqual([FORM_ERRORS.required]);
  });

  it('hostile Conform fields (intent as a file, broken state) are ignored, not thrown', () => {
    const data = form([['__intent__', new Blob(['x'])], ['__state__', '{not json'], ['email', 'a@example.com'], ['password', 'p']]);
    expect(parseForm(data, SignInSchema).status).toBe('success');
    expect(readForm(data).status).toBe('success');
  });

  it('odd names do not reach the prototype', () => {
    const submission = readForm(form([['__proto__[polluted]', 'yes'], ['constructor[prototype][x]', '1'], ['a[', '1'], ['', 'empty']]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(reply(submission).status).toBe('success');
  });
});

describe('reply', () => {
  const submission = () => parseForm(form([['email', 'anna@example.com'], ['password', 'p']]), SignInSchema);

  it('adds a form error and keeps the values', () => {
    const result = refuse(submission(), 'accounts.errors.rateLimited');
    expect(result).toMatchObject({ status: 'error', error: { '': ['accounts.errors.rateLimited'] }, initialValue: { email: 'anna@example.com' } });
  });

  it('adds field errors from a core function', () => {
    const result = reply(submission(), { fieldErrors: { email: ['accounts.errors.invitationOtherEmail'], password: [] } });
    expect(result.error).toEqual({ email: ['accounts.errors.invitationOtherEmail'] });
    expect(result.status).toBe('error');
  });

  it('carries a notice and data on success, and can empty the form', () => {
    expect(reply(submission(), { notice: 'n', data: { sentTo: 'x' } })).toMatchObject({ status: 'success', notice: 'n', data: { sentTo: 'x' } });
    expect(reply(submission(), { reset: true, notice: 'n' })).toEqual({ initialValue: null, status: 'success', notice: 'n' });
  });
});
