import type { Random } from './random';
import { FORM_FIELDS, type Targets } from './routes';
import { encodeText, textValue } from './values';

// Request bodies: forms in every encoding (some broken on purpose), JSON that does not parse or has the
// wrong shape, React's server-action reply format with wrong arguments, and bodies past every size limit.

export type Body = { headers: Record<string, string>; body?: string };
export type Encoding = 'urlencoded' | 'multipart' | 'json' | 'text' | 'none';

const HUGE_BODY_BYTES = 1_200_000;

export function formBody(r: Random, fields: [string, string][], encoding: Encoding): Body {
  switch (encoding) {
    case 'multipart':
      return multipart(r, fields);
    case 'json':
      return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(Object.fromEntries(fields)) };
    case 'text':
      return { headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: fields.map(([k, v]) => `${k}=${v}`).join('\n') };
    case 'urlencoded':
    case 'none': {
      const body = fields.map(([k, v]) => `${encodeText(k)}=${r.chance(0.1) ? '%E0%A4%A' : encodeText(v)}`).join('&');
      return { headers: encoding === 'none' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }, body };
    }
  }
}

/** multipart/form-data, now and then with a missing or wrong boundary, a cut-off end or a file part. */
export function multipart(r: Random, fields: [string, string][]): Body {
  const boundary = `----fuzz${r.hex(16)}`;
  const parts = fields.map(([name, value]) => {
    const file = r.chance(0.05) ? `; filename="${r.pick(['x.txt', '../../etc/passwd', '', 'a"b'])}"\r\nContent-Type: application/octet-stream` : '';
    return `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"${file}\r\n\r\n${value}\r\n`;
  });
  const flaw = r.weighted([[16, 'none'], [1, 'noBoundary'], [1, 'wrongBoundary'], [1, 'truncated'], [1, 'noEnd']] as const);
  const type = flaw === 'noBoundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${flaw === 'wrongBoundary' ? 'nope' : boundary}`;
  let body = `${parts.join('')}--${boundary}--\r\n`;
  if (flaw === 'truncated') body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
  if (flaw === 'noEnd') body = parts.join('');
  return { headers: { 'content-type': type }, body };
}

const INVALID_JSON = ['{', '{"a":', '[1,2', 'nul', "{'a':1}", '{"a":1}}', '\u0000', '\ufeff{}', '{"a":"\\u00"}', 'NaN', '01', '[,]'];
const WRONG_SHAPES = ['[]', '[null,null]', '[1,2]', '{}', '{"id":123}', '"text"', '12', 'true', 'null', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}'];
const CONTENT_TYPES = [
  'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'text/plain',
  'application/xml', 'application/octet-stream', 'application/json; charset=utf-16', 'image/png', 'a/b/c;;;', '', 'text/x-component',
];

const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** What a route handler (or a page) might be sent instead of what it expects. */
export function handlerBody(r: Random): Body {
  const type = r.pick(CONTENT_TYPES);
  const body = r.weighted([
    [4, () => r.pick(INVALID_JSON)],
    [4, () => r.pick(WRONG_SHAPES)],
    [2, () => textValue(r)],
    [1, () => ''],
    [1, () => '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x>&a;&a;&a;</x>'],
    [1, () => deepJson(r.pick([1000, 20_000]))],
    [1, () => (r.chance(0.5) ? 'a'.repeat(HUGE_BODY_BYTES) : `[${'1,'.repeat(HUGE_BODY_BYTES / 2)}1]`)],
  ] as const)();
  return { headers: type ? { 'content-type': type } : {}, body };
}

/** Arguments in React's reply format (`0` is the root, `$K1` a FormData of `_1_*` fields, …) that no form sends. */
const REPLY_ROOTS = [
  '[null,null]', '[]', '[1,2]', '{}', '"x"', 'null', '[null,"$K1"]', '["$K1"]', '["$K1","$K1"]', '[null,"$K9999999"]',
  '["$@1"]', '["$Q1"]', '["$W1"]', '["$F1"]', '["$T"]', '["$h1"]', '["$D2020-13-45"]', '["$n99999999999999999999"]',
  '["$B1"]', '["$S1"]', '["$E1"]', '["$Y"]', '["$i"]', '["$1"]', '["$-1"]', '["$Kz"]', '[null,{"$$typeof":"x"}]',
  '[null,"$K1","$K1","$K1"]', '{"0":"$K1"}',
];

export function actionBody(r: Random, t: Targets): Body {
  const root = r.weighted([
    [10, () => r.pick(REPLY_ROOTS)],
    [2, () => r.pick(INVALID_JSON)],
    [1, () => textValue(r)],
    [1, () => deepJson(r.pick([500, 5000]))],
    [1, () => JSON.stringify([null, 'x'.repeat(HUGE_BODY_BYTES)])],
  ] as const)();
  const fields: [string, string][] = [['0', root]];
  if (r.chance(0.5)) {
    for (let i = r.int(1, 10); i > 0; i--) fields.push([`_1_${r.pick(FORM_FIELDS)}`, textValue(r)]);
    if (t.formVacancyIds.length > 0 && r.chance(0.5)) fields.push(['_1_vacancyId', r.pick(t.formVacancyIds)]);
  }
  if (r.chance(0.2)) fields.push([String(r.int(1, 3)), r.pick([...REPLY_ROOTS, ...INVALID_JSON])]);
  const encoding = r.weighted([[5, 'multipart'], [3, 'text'], [1, 'urlencoded'], [1, 'json'], [1, 'none']] as const);
  // React sends a reply without FormData arguments as the bare JSON text.
  if (encoding === 'text' || encoding === 'json') {
    return { headers: { 'content-type': encoding === 'text' ? 'text/plain;charset=UTF-8' : 'application/json' }, body: root };
  }
  return formBody(r, fields, encoding);
}
