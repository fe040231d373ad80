import type { Messages } from 'next-intl';

/**
 * Namespaces that Client Components read through `useTranslations`, by where those components are.
 * Every page gets the shell's; an area's layout or page adds its own (components/layout/client-messages.tsx),
 * so a public page carries none of the employer's or the admin's texts, and long texts (FAQ, guide)
 * never leave the server.
 */
const SHELL = ['errors', 'languageSwitcher', 'searchBox'] as const;
/** What every form's feedback (useFormFeedback) may translate: the actions' shared errors and notices. */
const FORMS = ['account', 'accounts'] as const;
export const CLIENT_AREAS = {
  /** The catalogue: the phone filter sheet and the job-alert form. */
  catalogue: ['catalogueSheet', 'alertForm', ...FORMS],
  /** A vacancy page and its report page: the apply and report forms. */
  vacancy: ['apply', 'reports', 'vocab', ...FORMS],
  /** A candidate's alerts and applications, from the links in their mail. */
  selfService: ['alertForm', 'apply', 'applicationsLink', ...FORMS],
  /** Sign-in, sign-up, password reset, accepting an invitation. */
  auth: ['team', ...FORMS],
  employer: ['editor', 'vacancyForm', 'vocab', 'team', 'companyForm', 'applications', 'applicationsLink', 'salaryHint', ...FORMS],
  admin: ['reports', ...FORMS],
} as const satisfies Record<string, readonly (keyof Messages)[]>;
export type ClientArea = keyof typeof CLIENT_AREAS;

export function pickClientMessages(messages: Messages, area?: ClientArea): Partial<Messages> {
  const namespaces: readonly (keyof Messages)[] = [...SHELL, ...(area ? CLIENT_AREAS[area] : [])];
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
}
