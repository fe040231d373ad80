import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { WorkspaceBar } from '@/components/workspace/workspace-bar';
import type { WorkspaceNavItem } from '@/components/workspace/workspace-nav';
import { resolveLocale } from '@/i18n/locale';
import { getCurrentUser } from '@/lib/accounts/queries';
import { getActiveCompany } from '@/lib/companies/active-company-queries';
import { countNewApplications } from '@/lib/companies/overview-queries';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The employer workspace's frame: the active company and its sections (new applications counted), and the
 * forms' messages. Every page guards itself with requireUser; for a visitor this layout adds only the messages.
 */
export default async function EmployerLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const content = <ClientMessages area="employer">{children}</ClientMessages>;
  // An admin without a company is sent on to /admin by the overview; nothing to frame.
  if (!user || (user.role === 'admin' && !user.companies.length)) return content;

  const company = await getActiveCompany(user);
  const [t, newApplications] = await Promise.all([
    getTranslations('workspace.nav'),
    company ? countNewApplications(user, company.id) : 0,
  ]);
  const items: WorkspaceNavItem[] = [
    { href: '/employer', label: t('overview'), exact: true },
    ...(company
      ? [
          { href: '/employer/vacancies', label: t('vacancies') },
          {
            href: '/employer/applications',
            label: t('applications'),
            badge: { count: newApplications, label: t('newApplications', { count: newApplications }) },
          },
          { href: '/employer/company', label: t('company') },
        ]
      : []),
    { href: '/employer/account', label: t('account') },
  ];

  return (
    <>
      <WorkspaceBar title={company ? company.name : user.name || user.email} label={t('label')} items={items} />
      {content}
    </>
  );
}
