import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('escapes every < so the data cannot close its script element', () => {
    const json = serializeJsonLd({ '@type': 'Answer', text: 'a </script><script>alert(1)</script> <!-- b' });
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
  });

  it('stays valid JSON that parses back to the same data', () => {
    const data = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ name: '1 < 2 & "ok"', n: 3 }] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('accepts a list of objects', () => {
    expect(JSON.parse(serializeJsonLd([{ a: 1 }, { b: null }]))).toEqual([{ a: 1 }, { b: null }]);
  });
});
