import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { getVacancyPage } from '@/lib/vacancies/detail-queries';
import { ShieldIcon } from '@/components/vacancies/detail/icons';
import { ReportForm } from '../_components/report-form';

// The vacancy may close or be removed at any moment; render per request.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Only open vacancies take reports: an ended or hidden one is a 404 here, as on its own page. */
async function loadOpenVacancy(params: Props['params']) {
  const locale = await resolveLocale(params);
  const vacancy = await getVacancyPage((await params).slug);
  if (!vacancy || vacancy.state !== 'open') notFound();
  return { locale, vacancy };
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, vacancy } = await loadOpenVacancy(params);
  const t = await getTranslations({ locale, namespace: 'reports.page' });
  return { title: t('metaTitle', { title: vacancy.title }), robots: { index: false, follow: false } };
}

export default async function ReportVacancyPage({ params, searchParams }: Props) {
  const { locale, vacancy } = await loadOpenVacancy(params);
  setRequestLocale(locale);
  const sent = (await searchParams).sent === '1';
  const [t, ts] = await Promise.all([getTranslations('reports.page'), getTranslations('reports.sent')]);
  const vacancyHref = `/vacancies/${vacancy.slug}`;

  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <Link href={vacancyHref} className="text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
        ← {t('back')}
      </Link>

      {sent ? (
        <Card as="section" aria-labelledby="report-sent" className="mt-6 border-brand-200">
          <h1 id="report-sent" className="text-2xl font-bold text-ink-950">
            {ts('heading')}
          </h1>
          <p className="mt-3 text-ink-700">{ts('text')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <ButtonLink href={vacancyHref} variant="secondary">
              {ts('back')}
            </ButtonLink>
            <ButtonLink href="/vacancies" variant="ghost">
              {ts('catalogue')}
            </ButtonLink>
          </div>
        </Card>
      ) : (
        <>
          <h1 className="mt-6 text-3xl font-bold text-ink-950">{t('heading')}</h1>
          <p className="mt-3 text-ink-700">
            <span className="text-ink-600">{t('vacancy')}: </span>
            <span className="font-semibold text-ink-950">{vacancy.title}</span> · {vacancy.company.name}
          </p>
          <p className="mt-4 text-ink-700">{t('lead')}</p>
          <p className="mt-4 flex gap-2 rounded-control border border-accent-200 bg-accent-50 p-3 text-sm text-ink-800">
            <ShieldIcon className="mt-0.5 size-4 shrink-0 text-accent-700" />
            {t('safety')}
          </p>
          <Card className="mt-6">
            <ReportForm slug={vacancy.slug} />
          </Card>
        </>
      )}
    </Container>
  );
}
