import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { signOutAction, signOutEverywhereAction } from '@/lib/accounts/actions';
import { countActiveSessions, requireUser } from '@/lib/accounts/queries';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.account' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

/** The signed-in person's account: who they are, and ending sessions on every device. */
export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer/account', locale }));
  const [t, sessions] = await Promise.all([getTranslations('account.settings'), countActiveSessions(user.id)]);

  return (
    <Container size="narrow" className="py-10 sm:py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('eyebrow')}</p>
      <h1 className="mt-2 text-3xl font-bold">{t('heading')}</h1>

      <dl className="mt-8 grid gap-4 rounded-card border border-line bg-surface p-6 sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold text-ink-700">{t('nameLabel')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold text-ink-700">{t('emailLabel')}</dt>
        <dd className="break-all">{user.email}</dd>
      </dl>

      <section aria-labelledby="sessions-heading" className="mt-8 rounded-card border border-line bg-surface p-6">
        <h2 id="sessions-heading" className="text-xl font-semibold">{t('sessionsHeading')}</h2>
        <p className="mt-3" data-testid="session-count">{t('sessionsCount', { count: sessions })}</p>
        <p className="mt-2 text-ink-600">{t('sessionsHint')}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <form action={signOutEverywhereAction}>
            <button type="submit" className={buttonStyles({ variant: 'secondary' })}>
              {t('signOutEverywhere')}
            </button>
          </form>
          <form action={signOutAction}>
            <button type="submit" className={buttonStyles({ variant: 'ghost' })}>
              {t('signOut')}
            </button>
          </form>
          <Link href="/forgot-password" className={buttonStyles({ variant: 'ghost' })}>
            {t('changePassword')}
          </Link>
        </div>
      </section>

      <p className="mt-8">
        <Link href="/employer" className="font-semibold text-brand-800 underline underline-offset-4">
          {t('back')}
        </Link>
      </p>
    </Container>
  );
}
