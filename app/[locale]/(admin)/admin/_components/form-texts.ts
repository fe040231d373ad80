import 'server-only';
import { getTranslations } from 'next-intl/server';

const ERRORS = [
  'presetRequired', 'noteRequired', 'reasonRequired', 'reasonTooLong', 'notFound', 'alreadyDecided', 'changed', 'invalidRevision',
  'alreadyVerified', 'notVerified', 'missingLegalDetails', 'cannotBlockSelf', 'alreadyBlocked', 'notBlocked', 'unknown',
] as const;
const DONE = ['verified', 'unverified', 'warned', 'blocked', 'unblocked', 'userBlocked', 'userUnblocked'] as const;

/** The action result texts the admin forms show, keyed as the actions return them. */
export async function getAdminFormTexts(): Promise<Record<string, string>> {
  const t = await getTranslations('moderation');
  return Object.fromEntries([
    ...ERRORS.map((k) => [`moderation.errors.${k}`, t(`errors.${k}`)]),
    ...DONE.map((k) => [`moderation.done.${k}`, t(`done.${k}`)]),
  ]);
}
