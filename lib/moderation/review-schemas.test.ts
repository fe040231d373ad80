import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/messages';
import { REJECTION_PRESETS, ReasonSchema, RejectionSchema } from './review-schemas';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('rejection and reason schemas', () => {
  it('accept a preset with an optional note, and require the note for "other"', () => {
    expect(RejectionSchema.parse({ preset: 'duplicate', note: '  ' })).toEqual({ preset: 'duplicate' });
    expect(RejectionSchema.parse({ preset: 'other', note: ' Текст ' })).toEqual({ preset: 'other', note: 'Текст' });
    const issues = (input: unknown) => RejectionSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ preset: 'other' })).toEqual([['note', 'moderation.errors.noteRequired']]);
    expect(issues({ preset: 'nope' })).toEqual([['preset', 'moderation.errors.presetRequired']]);
    expect(issues({ preset: 'duplicate', note: 'x'.repeat(1001) })).toEqual([['note', 'moderation.errors.reasonTooLong']]);
  });

  it('require a reason of at most 1000 characters', () => {
    expect(ReasonSchema.parse({ reason: ' спам ' })).toEqual({ reason: 'спам' });
    expect(ReasonSchema.safeParse({}).error?.issues[0]?.message).toBe('moderation.errors.reasonRequired');
    expect(ReasonSchema.safeParse({ reason: 'x'.repeat(1001) }).error?.issues[0]?.message).toBe('moderation.errors.reasonTooLong');
  });
});

describe('moderation messages', () => {
  it.each(['ru', 'en'] as const)('%s has every key the schemas, presets and mails use', async (locale) => {
    const source = await readFile(new URL('./review-schemas.ts', import.meta.url), 'utf8');
    const keys = [
      ...[...source.matchAll(/E\('([A-Za-z]+)'\)/g)].map((m) => `moderation.errors.${m[1]}`),
      ...REJECTION_PRESETS.flatMap((p) => [`moderation.reject.presets.${p}.label`, `moderation.reject.presets.${p}.text`]),
      ...['approved', 'rejected', 'revisionApproved', 'revisionRejected'].flatMap((d) => [`moderation.mail.${d}.subject`, `moderation.mail.${d}.text`]),
    ];
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => typeof lookup(MESSAGES[locale], k) !== 'string')).toEqual([]);
  });
});
