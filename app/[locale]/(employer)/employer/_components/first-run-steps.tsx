import { getTranslations } from 'next-intl/server';
import { buttonStyles } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import type { FirstRunStep } from '@/lib/companies/overview-queries';

/** Where each step is done, from the data: the company page, a new draft or the newest one, the vacancy to submit or fix. */
function stepHref(step: FirstRunStep): string {
  switch (step.key) {
    case 'profile':
      return '/employer/company';
    case 'draft':
      return step.done && step.vacancyId ? `/employer/vacancies/${step.vacancyId}/edit` : '/employer/vacancies/new';
    case 'submit':
    case 'approval':
      return `/employer/vacancies/${step.vacancyId}`;
  }
}

function CheckMark({ done }: { done: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={
        done
          ? 'flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-white'
          : 'flex size-8 shrink-0 items-center justify-center rounded-full border-2 border-line-strong bg-surface'
      }
    >
      {done && (
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
          <path d="m5 10.5 3.2 3.2L15 7" />
        </svg>
      )}
    </span>
  );
}

/** The steps to a new employer's first published vacancy, each marked done or not, the next one highlighted. */
export async function FirstRunSteps({ steps }: { steps: FirstRunStep[] }) {
  const t = await getTranslations('workspace.overview.firstRun');
  const done = steps.filter((s) => s.done).length;
  const next = steps.find((s) => !s.done)?.key;

  return (
    <section aria-labelledby="first-run-heading" className="rounded-panel border border-line bg-surface p-5 shadow-card sm:p-8" data-testid="first-run">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="first-run-heading" className="text-2xl font-bold">
          {t('heading')}
        </h2>
        <p className="text-sm font-medium text-ink-600" data-testid="first-run-progress">
          {t('progress', { done, total: steps.length })}
        </p>
      </div>
      <p className="mt-2 max-w-2xl text-ink-600">{t('lead')}</p>

      <ol className="mt-6 space-y-3">
        {steps.map((step, index) => {
          const isNext = step.key === next;
          const text =
            step.key === 'approval'
              ? step.state === 'rejected'
                ? step.reason
                  ? t('steps.approval.rejected', { reason: step.reason })
                  : t('steps.approval.rejectedNoReason')
                : t(`steps.approval.${step.state}`)
              : t(`steps.${step.key}.text`);
          // Submitting and approval need a vacancy: until there is one, step 2 is the way on.
          const needsVacancy = step.key === 'submit' || step.key === 'approval';
          const action =
            needsVacancy && !step.vacancyId
              ? null
              : step.key === 'approval'
                ? t('steps.approval.action')
                : step.done
                  ? t(`steps.${step.key}.doneAction`)
                  : t(`steps.${step.key}.action`);
          return (
            <li
              key={step.key}
              data-step={step.key}
              data-done={step.done}
              aria-current={isNext ? 'step' : undefined}
              className={
                isNext
                  ? 'flex gap-4 rounded-card border border-brand-300 bg-brand-50/60 p-4 sm:p-5'
                  : 'flex gap-4 rounded-card border border-line p-4 sm:p-5'
              }
            >
              <CheckMark done={step.done} />
              <div className="min-w-0 flex-1">
                <h3 className="font-semibold text-ink-950">
                  <span className="text-ink-500">{index + 1}. </span>
                  {t(`steps.${step.key}.title`)}
                </h3>
                <p className="mt-0.5 text-sm font-medium">
                  <span className={step.done ? 'text-brand-700' : isNext ? 'text-accent-700' : 'text-ink-500'}>
                    {step.done ? t('done') : isNext ? t('next') : t('todo')}
                  </span>
                </p>
                <p className="mt-2 text-sm break-words text-ink-700">{text}</p>
                {action && (
                  <Link
                    href={stepHref(step)}
                    className={buttonStyles({ variant: isNext ? 'primary' : 'secondary', size: 'sm', className: 'mt-3' })}
                  >
                    {action}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
