import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { CompanyCard } from '@/components/vacancies/detail/company-card';
import { VacancyBody } from '@/components/vacancies/detail/vacancy-body';
import { VacancyHeader } from '@/components/vacancies/detail/vacancy-header';
import { getSalaryFormatter, salaryTexts } from '@/components/vacancies/salary-text';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser, requireUser } from '@/lib/accounts/queries';
import { getExchangeRates } from '@/lib/rates/queries';
import { getVacancyPreview } from '@/lib/vacancies/dashboard-queries';
import { ApplyBlock } from '@/app/[locale]/vacancies/[slug]/_components/apply-block';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'dashboard.preview' });
  const user = await getCurrentUser();
  const preview = user && (await getVacancyPreview(user, (await params).id));
  const title = preview && ('incomplete' in preview ? preview.title : preview.vacancy.title);
  return { title: title ? t('title', { title }) : t('heading'), robots: { index: false, follow: false } };
}

/** The vacancy as the public page renders it, whatever its status, for its company's members only. */
export default async function VacancyPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireUser(getPathname({ href: `/employer/vacancies/${encodeURIComponent(id)}/preview`, locale }));
  const preview = await getVacancyPreview(user, id);
  if (!preview) notFound();
  if ('incomplete' in preview) return <IncompletePreview id={id} title={preview.title} />;
  const { vacancy, published } = preview;

  const [rates, td] = await Promise.all([getExchangeRates(), getTranslations('dashboard.preview')]);
  const salary = await getSalaryFormatter(locale, rates);

  return (
    <>
      <div role="note" className="border-b border-accent-200 bg-accent-50" data-testid="preview-banner">
        <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
          <p className="font-semibold text-accent-700">{td(published ? 'bannerLive' : 'banner')}</p>
          <Link href={`/employer/vacancies/${id}`} className="text-sm font-medium text-brand-800 underline underline-offset-2">
            {td('back')}
          </Link>
        </Container>
      </div>
      <Container className="py-8 sm:py-12">
        <VacancyBody
          vacancy={vacancy}
          salary={salaryTexts(salary, vacancy.salary, 'RUB')}
          currency="RUB"
          header={<VacancyHeader vacancy={vacancy} unpublished={!published} />}
          aside={
            <>
              <ApplyBlock vacancy={vacancy} preview />
              <CompanyCard company={vacancy.company} />
            </>
          }
        />
      </Container>
    </>
  );
}

/** A draft without its classification cannot be shown as candidates would see it: say what to fill in first. */
async function IncompletePreview({ id, title }: { id: string; title: string }) {
  const t = await getTranslations('dashboard.preview');
  return (
    <Container className="py-12">
      <div role="note" className="max-w-2xl rounded-card border border-accent-200 bg-accent-50 p-6" data-testid="preview-incomplete">
        <h1 className="text-xl font-bold text-ink-950">{t('incompleteHeading', { title })}</h1>
        <p className="mt-2 text-ink-700">{t('incompleteText')}</p>
        <Link href={`/employer/vacancies/${id}/edit`} className="mt-4 inline-block font-semibold text-brand-800 underline underline-offset-2">
          {t('incompleteEdit')}
        </Link>
      </div>
    </Container>
  );
}
