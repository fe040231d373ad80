import { getTranslations } from 'next-intl/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { duplicateVacancyAction } from '@/lib/vacancies/actions';
import { refusal, type EmployerOperation } from '@/lib/vacancies/lifecycle';
import type { VacancyStatus } from '@/lib/vocabularies';
import { StatusActionForm } from '../../../_components/action-form';

type Props = {
  vacancy: { id: string; status: VacancyStatus; expiresAt: Date | null };
  messages: Record<string, string>;
  now: Date;
};

/**
 * Only the operations the lifecycle allows right now. The status operations share one form, so its
 * result message stays on screen when the button that caused it disappears; close and delete ask once more.
 */
export async function VacancyActions({ vacancy, messages, now }: Props) {
  const t = await getTranslations('dashboard.vacancy');
  const allowed = (op: EmployerOperation) => refusal(op, vacancy, now) === null;
  const confirmStep = (operation: 'close' | 'delete') => (
    <details className="group">
      <summary className="inline-flex min-h-9 cursor-pointer items-center rounded-control border border-line-strong px-3.5 text-sm font-semibold hover:bg-sand-100">
        {t(operation)}
      </summary>
      <div className="mt-2 rounded-control border border-line bg-sand-50 p-3 text-sm">
        <p>{t(`${operation}Question`)}</p>
        <Button type="submit" name="operation" value={operation} size="sm" className="mt-2">
          {t(`${operation}Confirm`)}
        </Button>
      </div>
    </details>
  );

  return (
    <section aria-labelledby="vacancy-actions" className="mt-8 flex flex-wrap items-start gap-3">
      <h2 id="vacancy-actions" className="sr-only">
        {t('actions')}
      </h2>
      {allowed('edit') && (
        <ButtonLink href={`/employer/vacancies/${vacancy.id}/edit`} variant="secondary" size="sm">
          {t('edit')}
        </ButtonLink>
      )}
      <form action={duplicateVacancyAction}>
        <input type="hidden" name="vacancyId" value={vacancy.id} />
        <Button type="submit" variant="secondary" size="sm">
          {t('duplicate')}
        </Button>
      </form>
      <ButtonLink href={`/employer/vacancies/${vacancy.id}/preview`} variant="ghost" size="sm">
        {t('preview')}
      </ButtonLink>
      <StatusActionForm
        messages={messages}
        className="flex basis-full flex-wrap items-start gap-3"
        redirects={{ 'lifecycle.done.delete': '/employer/vacancies' }}
      >
        <input type="hidden" name="vacancyId" value={vacancy.id} />
        {allowed('submit') && (
          <Button type="submit" name="operation" value="submit" size="sm">
            {t('submit')}
          </Button>
        )}
        {allowed('renew') && (
          <Button type="submit" name="operation" value="renew" variant="secondary" size="sm">
            {t('renew')}
          </Button>
        )}
        {allowed('close') && confirmStep('close')}
        {allowed('delete') && confirmStep('delete')}
      </StatusActionForm>
    </section>
  );
}
