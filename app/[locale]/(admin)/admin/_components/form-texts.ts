import 'server-only';
import { getTranslations } from 'next-intl/server';

const ERRORS = [
  'presetRequired', 'noteRequired', 'reasonRequired', 'reasonTooLong', 'notFound', 'alreadyDecided', 'changed', 'invalidRevision',
  'alreadyVerified', 'notVerified', 'missingLegalDetails', 'cannotBlockSelf', 'alreadyBlocked', 'notBlocked', 'unknown', 'contactBlocked',
] as const;
const DONE = ['verified', 'unverified', 'warned', 'blocked', 'unblocked', 'userBlocked', 'userUnblocked'] as const;
const CONTACT_ERRORS = [
  'kind', 'valueRequired', 'valueTooLong', 'reasonRequired', 'reasonTooLong', 'notA.phone', 'notA.telegram', 'notA.email', 'notA.domain',
  'alreadyBlocked', 'notFound',
] as const;
const CONTACT_DONE = ['blocked', 'unblocked'] as const;

/** The action result texts the admin forms show, keyed as the actions return them. */
export async function getAdminFormTexts(): Promise<Record<string, string>> {
  const [t, tc] = await Promise.all([getTranslations('moderation'), getTranslations('blockedContacts')]);
  return Object.fromEntries([
    ...CONTACT_ERRORS.map((k) => [`blockedContacts.errors.${k}`, tc(`errors.${k}`)]),
    ...CONTACT_DONE.map((k) => [`blockedContacts.done.${k}`, tc(`done.${k}`)]),
    ...ERRORS.map((k) => [`moderation.errors.${k}`, t(`errors.${k}`)]),
    ...DONE.map((k) => [`moderation.done.${k}`, t(`done.${k}`)]),
  ]);
}
