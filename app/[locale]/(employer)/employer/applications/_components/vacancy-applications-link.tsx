import { getTranslations } from 'next-intl/server';
import { ArrowRightIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import { countVacancyApplications, type PipelineActor } from '@/lib/applications/queries';

/** «N applications → open the list» on the employer's vacancy page, filtered to that vacancy. */
export async function VacancyApplicationsLink({ actor, vacancyId }: { actor: PipelineActor; vacancyId: string }) {
  const [count, t] = await Promise.all([countVacancyApplications(actor, vacancyId), getTranslations('applications.nav')]);
  if (count === null) return null;
  return (
    <p className="mt-6">
      <Link
        href={{ pathname: '/employer/applications', query: { vacancy: vacancyId } }}
        className="inline-flex items-center gap-1.5 font-semibold text-brand-800 underline-offset-2 hover:underline"
        data-testid="vacancy-applications-link"
      >
        {t('vacancyLink', { count })}
        <ArrowRightIcon aria-hidden="true" className="size-4" />
      </Link>
    </p>
  );
}
