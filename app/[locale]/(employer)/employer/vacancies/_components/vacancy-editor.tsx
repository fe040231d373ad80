'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/accounts/form-state';
import { createVacancyAction, updateVacancyAction } from '@/lib/vacancies/actions';
import type { SalaryMarket } from '@/lib/salaries/types';
import type { VacancyFormValues } from '@/lib/vacancies/editor-queries';
import { VacancyInputSchema } from '@/lib/vacancies/schemas';
import { AbroadSection, ContractsSection } from './abroad-contracts-sections';
import { ConditionsSection } from './conditions-section';
import { ApplySection, DescriptionSection } from './description-apply-sections';
import { issuesToFieldErrors, toEditorValues, toPayload, type EditorValues, type FieldErrors, type SetField, type ZoneOption } from './editor-values';
import { ErrorsContext, SelectField } from './fields';
import { LanguagesSection } from './languages-section';
import { MainSection } from './main-section';
import { SalarySection } from './salary-section';
import { ScheduleSection } from './schedule-section';

type Props = {
  initialValues: VacancyFormValues;
  companies: { id: string; name: string }[];
  /** Set when editing: the form then updates this vacancy instead of creating one. */
  vacancyId?: string;
  zones: ZoneOption[];
  /** Market ranges for the salary hint (lib/salaries); no hint without them. */
  salaryMarket: SalaryMarket;
};

// Errors of single list items (a country code, a contract type) are shown under the list's field.
const LIST_FIELDS = /^(abroadCountries|contractTypes)\.\d+$/;
const groupListErrors = (errors: FieldErrors): FieldErrors => {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) (out[key.replace(LIST_FIELDS, '$1')] ??= []).push(...(messages ?? []));
  return out;
};

export function VacancyEditor({ initialValues, companies, vacancyId, zones, salaryMarket }: Props) {
  const t = useTranslations();
  const te = useTranslations('editor');
  const [values, setValues] = useState<EditorValues>(() => toEditorValues(initialValues));
  const [companyId, setCompanyId] = useState(companies[0]?.id ?? '');
  const [state, formAction, pending] = useActionState<FormState | null, FormData>(
    vacancyId ? updateVacancyAction : createVacancyAction,
    null,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [errorsVersion, setErrorsVersion] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  type Key = Parameters<typeof t>[0];
  const translate = (key: string) => (t.has(key as Key) ? t(key as Key) : te('formError'));

  // A new answer from the server: show its errors the same way as the browser's own check.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok === false) {
      setErrors(groupListErrors(state.fieldErrors ?? {}));
      setFormError(state.fieldErrors && Object.keys(state.fieldErrors).length ? te('errorsSummary') : translate(state.formError ?? ''));
      setErrorsVersion((v) => v + 1);
    }
  }

  useEffect(() => {
    if (!errorsVersion) return;
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
    const target = first?.matches('fieldset') ? first.querySelector<HTMLElement>('input, select, textarea') : first;
    (target ?? form?.querySelector<HTMLElement>('[data-form-error]'))?.focus();
  }, [errorsVersion]);

  const set: SetField = (key, value) => setValues((prev) => ({ ...prev, [key]: value }));
  const sectionProps = { values, set };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement && submitter.value === 'submit' ? 'submit' : 'draft';
    const payload = toPayload(values);
    const parsed = VacancyInputSchema.safeParse(payload);
    if (!parsed.success) {
      setErrors(groupListErrors(issuesToFieldErrors(parsed.error)));
      setFormError(te('errorsSummary'));
      setErrorsVersion((v) => v + 1);
      return;
    }
    setErrors({});
    setFormError(null);
    const data = new FormData();
    data.set('payload', JSON.stringify(payload));
    data.set('intent', intent);
    if (vacancyId) data.set('vacancyId', vacancyId);
    else data.set('companyId', companyId);
    startTransition(() => formAction(data));
  }

  // Both checks report message keys (`vacancyForm.errors.*`).
  const shownErrors = Object.fromEntries(Object.entries(errors).map(([key, keys]) => [key, (keys ?? []).map(translate)]));

  return (
    <ErrorsContext value={shownErrors}>
      <form ref={formRef} noValidate onSubmit={submit} className="space-y-8">
        {formError && (
          <div role="alert" data-form-error tabIndex={-1} className="rounded-control border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {formError}
          </div>
        )}
        {!vacancyId && companies.length > 1 && (
          <SelectField
            path="companyId"
            label={te('fields.company')}
            value={companyId}
            onValue={setCompanyId}
            options={companies.map((c) => ({ value: c.id, label: c.name }))}
            className="sm:max-w-sm"
          />
        )}
        <MainSection {...sectionProps} />
        <ScheduleSection {...sectionProps} zones={zones} />
        <LanguagesSection {...sectionProps} />
        <SalarySection {...sectionProps} market={salaryMarket} />
        <ConditionsSection {...sectionProps} />
        <AbroadSection {...sectionProps} />
        <ContractsSection {...sectionProps} />
        <DescriptionSection {...sectionProps} />
        <ApplySection {...sectionProps} />
        <div className="flex flex-wrap gap-3 border-t border-line pt-6">
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
            {te('actions.saveDraft')}
          </Button>
          <Button type="submit" name="intent" value="submit" disabled={pending}>
            {te('actions.submit')}
          </Button>
          {pending && (
            <p role="status" className="self-center text-sm text-ink-600">
              {te('actions.saving')}
            </p>
          )}
        </div>
      </form>
    </ErrorsContext>
  );
}
