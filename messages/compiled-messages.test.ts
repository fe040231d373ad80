import { createTranslator } from 'next-intl';
import formatOnly from 'use-intl/format-message/format-only';
import { describe, expect, it } from 'vitest';
import { compiledMessages } from '@/i18n/compiled-messages';
import { clientMessageEntries, CLIENT_AREAS, pickClientMessages, type ClientArea } from '@/i18n/client-messages';
import { MESSAGES } from '@/messages';

// What Client Components get: the catalogs precompiled, formatted without the ICU parser (next.config.ts,
// package.json "imports"). Server Components format the same texts with the full formatter.

type Tree = { [key: string]: unknown };
const leaves = (tree: unknown, out: unknown[] = []): unknown[] => {
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) for (const v of Object.values(tree)) leaves(v, out);
  else out.push(tree);
  return out;
};
const plain = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.every(plain)
    : value === null || typeof value !== 'object' || (Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain));

describe('compiledMessages', () => {
  it.each(['ru', 'en'] as const)('compiles every client message of %s into plain data React can send', (locale) => {
    const compiled = compiledMessages(MESSAGES[locale]);
    expect(compiledMessages(MESSAGES[locale])).toBe(compiled);
    for (const area of [undefined, ...Object.keys(CLIENT_AREAS)] as (ClientArea | undefined)[]) {
      const picked = pickClientMessages(compiled, area) as Tree;
      expect(Object.keys(picked).sort()).toEqual([...new Set(clientMessageEntries(area).map((e) => e.split('.')[0]))].sort());
      for (const leaf of leaves(picked)) {
        expect(typeof leaf === 'string' || Array.isArray(leaf), JSON.stringify(leaf)).toBe(true);
        expect(plain(leaf)).toBe(true);
      }
    }
  });

  it('leaves plain text as text and turns arguments into instructions', () => {
    const compiled = compiledMessages(MESSAGES.ru) as unknown as Tree;
    const sheet = compiled.catalogueSheet as Tree;
    expect(typeof (MESSAGES.ru.catalogueSheet as Tree).trigger).toBe('string');
    expect(Array.isArray(sheet.trigger)).toBe(true);
  });
});

describe('the format-only formatter over compiled messages', () => {
  const formatters = {
    getNumberFormat: (locale: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
    getPluralRules: (locale: string, options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options),
    getDateTimeFormat: (locale: string, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  };
  const cases = [
    ['catalogueSheet', 'trigger'],
    ['catalogueSheet', 'show'],
    ['catalogueSheet', 'found'],
    ['searchBox', 'count'],
  ] as const;

  it.each(['ru', 'en'] as const)('says what the full formatter says over the text (%s)', (locale) => {
    const compiled = compiledMessages(MESSAGES[locale]) as unknown as Tree;
    for (const [namespace, key] of cases) {
      const full = createTranslator({ locale, messages: MESSAGES[locale], namespace });
      for (const count of [0, 1, 2, 5, 11, 21, 1234]) {
        const message = (compiled[namespace] as Tree)[key];
        const fast = (formatOnly as unknown as (...args: unknown[]) => string)(undefined, message, { count }, { locale, formatters, timeZone: 'Europe/Moscow' });
        expect(fast, `${namespace}.${key} ${count}`).toBe(full(key as never, { count } as never));
      }
    }
  });
});
