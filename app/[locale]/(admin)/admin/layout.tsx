import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { WorkspaceBar } from '@/components/workspace/workspace-bar';
import { resolveLocale } from '@/i18n/locale';
import { getCurrentUser } from '@/lib/accounts/queries';
import { AdminTextsProvider } from './_components/admin-texts';
import { getAdminFormTexts } from './_components/form-texts';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The admin area's frame: the workspace's sections (the same bar as the employers') and the texts its forms
 * use. Every page guards itself with requireRole('admin') (a redirect to sign-in or a 404); for anyone else
 * this layout adds nothing.
 */
export default async function AdminLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (user?.role !== 'admin') return children;
  const [t, tc, texts] = await Promise.all([getTranslations('moderation.nav'), getTranslations('blockedContacts'), getAdminFormTexts()]);
  const items = [
    { href: '/admin', label: t('overview'), exact: true },
    { href: '/admin/moderation', label: t('moderation') },
    { href: '/admin/reports', label: t('reports') },
    { href: '/admin/companies', label: t('companies') },
    { href: '/admin/users', label: t('users') },
    { href: '/admin/contacts', label: tc('nav') },
    { href: '/admin/audit', label: t('audit') },
  ];

  return (
    <>
      <WorkspaceBar title={t('siteLink')} label={t('label')} items={items} />
      <ClientMessages area="admin">
        <AdminTextsProvider texts={texts}>{children}</AdminTextsProvider>
      </ClientMessages>
    </>
  );
}
