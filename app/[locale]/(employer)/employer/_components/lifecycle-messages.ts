import { getTranslations } from 'next-intl/server';

const DONE = ['submit', 'close', 'renew', 'delete'] as const;
const REFUSED = [
  'notFound', 'notEditable', 'notSubmittable', 'notPublished', 'tooEarlyToRenew', 'notRenewable',
  'onlyDraftsDeleted', 'unknownOperation', 'companyBlocked', 'contactBlocked',
] as const;

/** The lifecycle action results, translated on the server and handed to StatusActionForm. */
export async function getLifecycleMessages(): Promise<Record<string, string>> {
  const t = await getTranslations('lifecycle');
  return Object.fromEntries([
    ...DONE.map((k) => [`lifecycle.done.${k}`, t(`done.${k}`)]),
    ...REFUSED.map((k) => [`lifecycle.refused.${k}`, t(`refused.${k}`)]),
  ]);
}
