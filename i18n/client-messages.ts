import type { Messages } from 'next-intl';

/**
 * Namespaces that Client Components read through `useTranslations`. Everything else stays on the
 * server, so long texts (FAQ, guide, vocabularies) are not shipped with every page.
 */
export const CLIENT_NAMESPACES = ['errors', 'languageSwitcher', 'account', 'accounts', 'editor', 'vacancyForm', 'vocab', 'team', 'companyForm', 'apply', 'reports', 'applications', 'alertForm', 'applicationsLink', 'catalogueSheet', 'salaryHint', 'searchBox'] as const satisfies readonly (keyof Messages)[];

export function pickClientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
