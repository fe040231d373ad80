import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CompanySwitcher } from '@/components/workspace/company-switcher';
import type { HeaderSession } from '@/components/workspace/header-session';
import { Link } from '@/i18n/navigation';
import { signOutAction } from '@/lib/accounts/actions';
import { HeaderDisclosure } from './header-disclosure';

const itemClass =
  'flex min-h-10 w-full items-center rounded-control px-3 text-left text-sm font-medium text-ink-800 hover:bg-sand-100 hover:text-ink-950';

/** The first letter of the name (or the email) in a circle: recognisable at a glance, without a photo. */
function Initial({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white uppercase">
      {Array.from(text.trim())[0] ?? '?'}
    </span>
  );
}

/** What the account menu lists, for the desktop disclosure and the phone menu alike. */
export async function AccountLinks({ session, idPrefix, linkClassName = itemClass }: { session: HeaderSession; idPrefix: string; linkClassName?: string }) {
  const t = await getTranslations('workspace.header');
  const { user, activeCompany } = session;
  const links: { href: string; label: string }[] = [
    ...(user.role === 'admin' ? [{ href: '/admin', label: t('admin') }] : []),
    ...(user.role !== 'admin' || user.companies.length ? [{ href: '/employer', label: t('workspace') }] : []),
    { href: '/employer/account', label: t('account') },
  ];
  return (
    <div className="flex flex-col gap-2">
      <div className="px-3 pt-1">
        <p className="text-xs text-ink-500">{t('signedInAs')}</p>
        <p className="truncate font-semibold text-ink-950" data-testid="signed-in-name">{user.name || user.email}</p>
        {user.name && <p className="truncate text-sm text-ink-600">{user.email}</p>}
      </div>
      <CompanySwitcher companies={user.companies} activeId={activeCompany?.id ?? null} id={`${idPrefix}-companies`} className="border-t border-line pt-2" />
      <ul className="flex flex-col gap-0.5 border-t border-line pt-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={linkClassName}>
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={linkClassName}>
              {t('signOut')}
            </button>
          </form>
        </li>
      </ul>
    </div>
  );
}

/** The signed-in person's menu in the desktop header: their name opens who they are, the companies and sign-out. */
export async function AccountMenu({ session, children }: { session: HeaderSession; children?: ReactNode }) {
  const t = await getTranslations('workspace.header');
  const { user, activeCompany } = session;
  const name = user.name || user.email;
  return (
    <HeaderDisclosure
      className="relative"
      testId="account-menu"
      summaryClassName="inline-flex min-h-10 max-w-56 cursor-pointer list-none items-center gap-2 rounded-full border border-line-strong bg-surface p-1 2xl:pr-3 text-sm font-semibold text-ink-900 shadow-sm hover:bg-sand-100 [&::-webkit-details-marker]:hidden"
      panelClassName="absolute right-0 top-full z-40 mt-2 w-72 rounded-card border border-line bg-surface p-2 shadow-raised"
      summary={
        <>
          <Initial text={name} />
          <span className="sr-only">{t('menuLabel', { name })}</span>
          <span aria-hidden="true" className="hidden min-w-0 flex-col leading-tight 2xl:flex">
            <span className="truncate">{name}</span>
            {activeCompany && user.companies.length > 1 && <span className="truncate text-xs font-medium text-ink-500">{activeCompany.name}</span>}
          </span>
        </>
      }
    >
      <AccountLinks session={session} idPrefix="account-menu" />
      {children}
    </HeaderDisclosure>
  );
}
