import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { env } from '@/lib/env';
import { parseSavedIds, SAVED_COOKIE, savedCookieOptions, serializeSavedIds } from './cookie';

/** The visitor's saved vacancy ids, newest first, straight from the cookie (actions: always the current value). */
export async function readSavedIds(): Promise<string[]> {
  return parseSavedIds((await cookies()).get(SAVED_COOKIE)?.value);
}

/** The same, once per render: the header and every card on a page ask for it. */
export const getSavedIds = cache(readSavedIds);

/** Stores the list (server actions only); an empty list removes the cookie. */
export async function writeSavedIds(ids: readonly string[]): Promise<void> {
  const store = await cookies();
  const options = savedCookieOptions(env.SITE_URL.startsWith('https:'));
  const value = serializeSavedIds(ids);
  if (value) store.set(SAVED_COOKIE, value, options);
  else store.delete({ name: SAVED_COOKIE, path: options.path, secure: options.secure, httpOnly: options.httpOnly, sameSite: options.sameSite });
}
