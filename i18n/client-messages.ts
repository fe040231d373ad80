import type { Messages } from 'next-intl';

/**
 * Messages that Client Components read through `useTranslations`, by where those components are: a
 * namespace, or one part of it (`apply.form`). Every page gets the shell's; an area's layout or page adds
 * its own (components/layout/client-messages.tsx), so a public page carries none of the employer's or the
 * admin's texts (nor the mails'), and long texts (FAQ, guide) never leave the server.
 * messages/client-messages.test.ts checks that every entry exists in both languages.
 */
const SHELL = ['errors', 'languageSwitcher', 'searchBox', 'forms'] as const;
/** What every form's feedback (useFormFeedback) may translate: the actions' shared errors and notices, and the shared fields. */
const FORMS = ['accounts', 'account.form', 'account.fields', 'account.password'] as const;
/** The apply block: on a vacancy page, and in the employer's and admin's previews of one. */
const APPLY = ['apply.form', 'apply.errors', 'apply.success', 'vocab'] as const;
export const CLIENT_AREAS = {
  /** The catalogue: the phone filter sheet and the job-alert form. */
  catalogue: ['catalogueSheet', 'alertForm', ...FORMS],
  /** A vacancy page and its report page: the apply and report forms. */
  vacancy: [...APPLY, 'reports.link', 'reports.form', 'reports.sent', 'reports.errors', ...FORMS],
  /** A candidate's alerts and applications, from the links in their mail. */
  selfService: ['alertForm', 'apply.withdraw', 'apply.errors', 'applicationsLink', ...FORMS],
  /** Sign-in, sign-up, password reset, accepting an invitation. */
  auth: ['account', 'accounts', 'team.invitation', 'companyForm.refused'],
  employer: ['account', 'editor', 'vacancyForm', 'vocab', 'team', 'companyForm', 'company.form', 'company.vocab', 'applications', 'applicationsLink', 'salaryHint', 'lifecycle.refused', ...FORMS],
  admin: ['reports.admin', 'reports.errors', 'decisions.errors', 'decisions.review', 'decisions.preview', 'decisions.confirm', ...FORMS],
  /** The apply block alone, inside the employer's and admin's previews of a vacancy. */
  apply: [...APPLY, ...FORMS],
} as const satisfies Record<string, readonly string[]>;
export type ClientArea = keyof typeof CLIENT_AREAS;

export function clientMessageEntries(area?: ClientArea): readonly string[] {
  return [...SHELL, ...(area ? CLIENT_AREAS[area] : [])];
}

type Tree = { [key: string]: unknown };

/** The shell's messages and those of `area`; an entry `a.b` copies only `b` of namespace `a`. */
export function pickClientMessages(messages: Messages, area?: ClientArea): Partial<Messages> {
  const picked: Tree = {};
  for (const entry of clientMessageEntries(area)) {
    const [namespace, part] = entry.split('.') as [string, string | undefined];
    const source = (messages as unknown as Tree)[namespace];
    if (part === undefined) picked[namespace] = source;
    else picked[namespace] = { ...(picked[namespace] as Tree | undefined), [part]: (source as Tree | undefined)?.[part] };
  }
  return picked as Partial<Messages>;
}
