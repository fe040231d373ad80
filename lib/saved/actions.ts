'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { formAction, plainFormAction, readForm, reply, type FormReply } from '@/lib/forms/action';
import { safeBackPath } from './back-path';
import { changeSaved } from './change.server';
import { readSavedIds, writeSavedIds } from './saved.server';

// The save button's entry points. No session: the list is the visitor's own cookie, and proxy.ts refuses
// actions posted from other sites, so a foreign page cannot change it (a GET never does).

/** The outcome the enhanced button needs: the vacancy's state and the header's count. */
export type SavedState = FormReply<{ saved: boolean; count: number }>;

async function applyChange(formData: FormData) {
  const outcome = await changeSaved(await readSavedIds(), { id: formData.get('id'), saved: formData.get('saved') });
  if (outcome.ok) await writeSavedIds(outcome.ids);
  return outcome;
}

/** The plain form (no JavaScript): change the list, then 303 back to the page the button was on. */
export const saveVacancyFormAction = plainFormAction(async (formData: FormData) => {
  await applyChange(formData);
  redirect(safeBackPath(formData.get('back')) ?? getPathname({ href: '/saved', locale: await getLocale() }));
});

/** The enhanced button: the same change, answered with the new state instead of a page. */
export const setVacancySavedAction = formAction(async (formData): Promise<SavedState> => {
  const outcome = await applyChange(formData);
  if (!outcome.ok) return reply(readForm(formData), { formError: `saved.errors.${outcome.error}` });
  return reply(readForm(formData), { data: { saved: outcome.saved, count: outcome.ids.length } });
});
