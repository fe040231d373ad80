import { describe, expect, it } from 'vitest';
import { refuseRequest, withoutPrototypeKeys } from './request-checks';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('refuseRequest', () => {
  it('lets ordinary requests through', () => {
    expect(refuseRequest('GET', '/vacancies?q=%D1%87%D0%B0%D1%82', headers({}))).toBeNull();
    expect(refuseRequest('POST', '/signin', headers({ 'next-router-state-tree': encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null]') }))).toBeNull();
  });

  it('refuses other methods with 405, and anything but reading a file', () => {
    expect(refuseRequest('POST', '/companies/x/feed.xml', headers({}))?.status).toBe(405);
    expect(refuseRequest('POST', '/api/v1/openapi.json?x=1', headers({}))?.status).toBe(405);
    expect(refuseRequest('GET', '/sitemap.xml', headers({}))).toBeNull();
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'FOO']) expect(refuseRequest(method, '/', headers({}))?.status).toBe(405);
  });

  it('lets CORS preflights through to the open API only', () => {
    expect(refuseRequest('OPTIONS', '/api/v1/vacancies?q=x', headers({}))).toBeNull();
    expect(refuseRequest('OPTIONS', '/api/v1/openapi.json', headers({}))).toBeNull();
    expect(refuseRequest('OPTIONS', '/api/v1', headers({}))).toBeNull();
    for (const path of ['/', '/vacancies', '/api/v10/x', '/api/auth/session', '/x/api/v1/']) expect(refuseRequest('OPTIONS', path, headers({}))?.status).toBe(405);
  });

  it('refuses broken encodings in the path, files included, and in router headers', () => {
    expect(refuseRequest('GET', '/robots.txt%E0%A4%A', headers({}))?.status).toBe(400);
    expect(refuseRequest('GET', '/api/vacancies/%E0%A4%A/apply', headers({}))?.message).toContain('not correctly encoded');
    expect(refuseRequest('GET', '/x', headers({ 'next-url': '%E0%A4%A' }))?.status).toBe(400);
    expect(refuseRequest('GET', '/x', headers({ 'next-router-state-tree': 'garbage' }))?.status).toBe(400);
    expect(refuseRequest('GET', '/x', headers({ 'next-router-state-tree': '%22a%22%40b.c' }))?.status).toBe(400);
    // Valid JSON, wrong shape for Next.js's router.
    expect(refuseRequest('GET', '/x', headers({ 'next-router-state-tree': encodeURIComponent('["",{"children":["x",{}]},null,null,true]') }))?.status).toBe(400);
  });
});

describe('withoutPrototypeKeys', () => {
  it('drops parameters named after object machinery and keeps the rest', () => {
    expect(withoutPrototypeKeys('/vacancies?__proto__=x&q=chat')).toBe('/vacancies?q=chat');
    expect(withoutPrototypeKeys('/x?constructor=%20&status=new&prototype[a]=1')).toBe('/x?status=new');
    expect(withoutPrototypeKeys('/x?__proto__=1')).toBe('/x');
    const untouched = '/vacancies?q=constructor';
    expect(withoutPrototypeKeys(untouched)).toBe(untouched);
  });
});
