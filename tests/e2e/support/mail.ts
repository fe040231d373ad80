import { expect } from '@playwright/test';
import { query } from './db';

/** The link in the newest mail of a kind to an address, as a path, so it opens on the server under test. */
export async function mailedPath(to: string, kind: string): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      const rows = await query<{ text: string }>('SELECT text FROM outbox_mail WHERE "to" = $1 AND kind = $2 ORDER BY "createdAt" DESC LIMIT 1', [to, kind]);
      text = rows[0]?.text ?? '';
      return text;
    })
    .not.toBe('');
  const link = text.match(/https?:\/\/\S+/)?.[0];
  expect(link, `a link in the ${kind} mail`).toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}
