import { describe, expect, it } from 'vitest';
import { checkPagePost, isReadableActionForm, isReadableActionText, isReadableFormPost, MAX_UPLOAD_BODY_BYTES, pagePostLimit } from './post-body';

const post = (body: BodyInit, headers: Record<string, string>) => new Request('http://x/signin', { method: 'POST', body, headers });

describe('server action bodies', () => {
  it('accept what React sends', () => {
    expect(isReadableActionText('[null,{"a":"$undefined","d":"$D2026-12-04T00:00:00.000Z","b":"$$5"}]')).toBe(true);
    expect(isReadableActionForm([['0', '["$K1"]'], ['1_email', 'a@b.c']])).toBe(true);
    expect(isReadableActionForm([['0', '["$@1","$K2"]'], ['1', '"x"']])).toBe(true);
  });

  it('refuse text that is not JSON, references to missing chunks, and deep nesting', () => {
    expect(isReadableActionText('["$i"]')).toBe(false);
    expect(isReadableActionText('["$S1"]')).toBe(false);
    expect(isReadableActionText('null')).toBe(false);
    expect(isReadableActionForm([['0', 'null'], ['_1_email', 'x']])).toBe(false);
    expect(isReadableActionText('xx{')).toBe(false);
    expect(isReadableActionText('["$F1"]')).toBe(false);
    expect(isReadableActionText('["$h1"]')).toBe(false);
    expect(isReadableActionText('["$1"]')).toBe(false);
    expect(isReadableActionText(`${'['.repeat(500)}${']'.repeat(500)}`)).toBe(false);
    expect(isReadableActionForm([['0', 'not json']])).toBe(false);
    expect(isReadableActionForm([['0', '["$@2"]'], ['1', '"x"']])).toBe(false);
    // A chunk referring to itself or back: React calls it an invalid forward reference.
    expect(isReadableActionForm([['0', '["$1"]'], ['1', '[null,"$1"]']])).toBe(false);
    expect(isReadableActionForm([['0', '["$1"]'], ['1', '["$2"]'], ['2', '["$1"]']])).toBe(false);
    expect(isReadableActionForm([['0', '["$1"]'], ['1', '["$2"]'], ['2', '"x"']])).toBe(true);
    expect(isReadableActionForm([['0', '["$1"]'], ['1', '[null,"$K1"]']])).toBe(false);
  });
});

describe('checkPagePost', () => {
  it('lets forms and readable action calls through', async () => {
    const form = new FormData();
    form.set('email', 'a@b.c');
    expect(await checkPagePost(post(form, {}))).toBeNull();
    expect(await checkPagePost(post('[]', { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }))).toBeNull();
  });

  it('answers 400 for bodies that cannot be read and 415 for other content types', async () => {
    expect(await checkPagePost(post('{}', { 'content-type': 'multipart/form-data; boundary=x' }))).toBe(400);
    expect(await checkPagePost(post('', { 'content-type': 'multipart/form-data' }))).toBe(400);
    expect(await checkPagePost(post('["$F1"]', { 'next-action': 'abc', 'content-type': 'text/plain' }))).toBe(400);
    expect(await checkPagePost(post('{"id":1}', { 'content-type': 'application/json' }))).toBe(415);
  });
});

describe('body size', () => {
  const withFile = (size: number) => {
    const form = new FormData();
    form.set('name', 'Анна');
    // Bytes that are not UTF-8: the size is counted before any decoding.
    form.set('cvFile', new File([new Uint8Array(size).fill(0xff)], 'cv.pdf', { type: 'application/pdf' }));
    return form;
  };
  const to = (path: string, body: BodyInit) => new Request(`http://x${path}`, { method: 'POST', body });

  it('lets a 5 MB multipart apply to a vacancy page (and a logo to the company profile) through, in both languages', async () => {
    for (const path of ['/vacancies/operator-chata', '/en/vacancies/operator-chata', '/employer/company', '/en/employer/company']) {
      const request = to(path, withFile(5 * 1024 * 1024));
      expect(pagePostLimit(request)).toBe(MAX_UPLOAD_BODY_BYTES);
      expect(await checkPagePost(request)).toBeNull();
    }
    expect(await checkPagePost(to('/vacancies/operator-chata', withFile(MAX_UPLOAD_BODY_BYTES)))).toBe(413);
  });

  it('keeps 1 MB everywhere else, and for a vacancy page that is not sent a form with parts', async () => {
    for (const path of ['/signin', '/employer/vacancies/new', '/vacancies', '/vacancies/a/report', '/ru/vacancies/a']) {
      expect(await checkPagePost(to(path, withFile(1024 * 1024 + 1)))).toBe(413);
    }
    expect(await checkPagePost(to('/signin', withFile(512 * 1024)))).toBeNull();
    const urlencoded = to('/vacancies/a', new URLSearchParams({ cover: 'я'.repeat(600_000) }));
    expect(pagePostLimit(urlencoded)).toBe(1024 * 1024);
    expect(await checkPagePost(urlencoded)).toBe(413);
    const claimed = post('x', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(7 * 1024 * 1024) });
    expect(await checkPagePost(claimed, MAX_UPLOAD_BODY_BYTES)).toBe(413);
  });
});

describe('form posts without JavaScript', () => {
  it('need their action chunk and every chunk it refers to', () => {
    const ref: [string, string] = ['$ACTION_REF_1', ''];
    const head: [string, string] = ['$ACTION_1:0', '{"id":"abc","bound":"$@1"}'];
    expect(isReadableFormPost([ref, head, ['$ACTION_1:1', '[null]'], ['email', 'a@b.c']])).toBe(true);
    expect(isReadableFormPost([ref, head, ['email', 'a@b.c']])).toBe(false);
    expect(isReadableFormPost([ref, ['email', 'a@b.c']])).toBe(false);
    expect(isReadableFormPost([['email', 'a@b.c']])).toBe(true);
  });
});
