import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { signOutAction } from '@/lib/accounts/actions';
import { requireUser } from '@/lib/accounts/queries';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** The employer's home. The dashboard (vacancies, stats) arrives with the employer issue. */
export default async function EmployerHomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale === 'en' ? '/en/employer' : '/employer');
  const t = await getTranslations('employer');

  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold">{t('greeting', { name: user.name })}</h1>
      <p className="mt-3 text-ink-600">{t('companies', { count: user.companies.length })}</p>
      <ul className="mt-4 space-y-2">
        {user.companies.map((c) => (
          <li key={c.id} className="font-semibold">
            {c.name} <span className="text-sm font-normal text-ink-500">({t(`role.${c.role}`)})</span>
          </li>
        ))}
      </ul>
      <form action={signOutAction} className="mt-8">
        <button type="submit" className="rounded-control border border-line-strong px-4 py-2 font-semibold hover:bg-sand-100">
          {t('signOut')}
        </button>
      </form>
    </Container>
  );
}
