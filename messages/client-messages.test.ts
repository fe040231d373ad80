import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/messages';
import { CLIENT_AREAS, clientMessageEntries, pickClientMessages, type ClientArea } from '@/i18n/client-messages';

describe('client messages by area', () => {
  const areas = Object.keys(CLIENT_AREAS) as ClientArea[];

  it.each(['ru', 'en'] as const)('every entry of every area exists (%s)', (locale) => {
    for (const area of [undefined, ...areas]) {
      const picked = pickClientMessages(MESSAGES[locale] as never, area) as Record<string, Record<string, unknown> | undefined>;
      for (const entry of clientMessageEntries(area)) {
        const [namespace, part] = entry.split('.') as [string, string | undefined];
        expect(picked[namespace], `${area ?? 'shell'}: ${entry}`).toBeDefined();
        if (part) expect(picked[namespace]?.[part], `${area ?? 'shell'}: ${entry}`).toBeDefined();
      }
    }
  });

  it('gives a part of a namespace without the rest of it', () => {
    const picked = pickClientMessages(MESSAGES.ru as never, 'vacancy') as Record<string, Record<string, unknown>>;
    expect(Object.keys(picked.reports!).sort()).toEqual(['errors', 'form', 'link', 'sent']);
    expect(picked.apply).not.toHaveProperty('mail');
    expect(picked).not.toHaveProperty('editor');
  });
});
