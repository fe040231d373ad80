'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { AppForm, FormError, SelectField, SubmitButton, useAppForm } from '@/components/forms';
import type { CountryOption } from '@/components/forms/country-picker';
import { saveVacancyAction, type EditorSaved } from '@/lib/vacancies/actions';
import type { SalaryMarket } from '@/lib/salaries/types';
import type { VacancyFormValues } from '@/lib/vacancies/editor-queries';
import { VacancyEditorSchema } from '@/lib/vacancies/editor-schemas';
import { AbroadSection, ContractsSection } from './abroad-section';
import { ConditionsSection } from './conditions-section';
import { ApplySection, DescriptionSection } from './description-apply-sections';
import { toDefaultValue, type EditorFields, type ZoneOption } from './editor-values';
import { ErrorSummary } from './error-summary';
import { LanguagesSection, type ListForm } from './languages-section';
import { MainSection } from './main-section';
import { SalarySection } from './salary-section';
import { ScheduleSection } from './schedule-section';
import { useAutosave, type AutosaveState } from './use-autosave';

type Props = {
  initialValues: VacancyFormValues;
  companies: { id: string; name: string }[];
  /** Set when editing, with the version opened: saves update this vacancy and never overwrite a newer save. */
  saved?: EditorSaved;
  /** Autosave runs for drafts and rejected ads (and new ones); saving an ad under review or published sends it to review. */
  autosave: boolean;
  /** `/employer/vacancies` with the locale's prefix: the address bar follows a new draft's first autosave. */
  basePath: string;
  zones: ZoneOption[];
  countries: readonly CountryOption[];
  /** Market ranges for the salary hint (lib/salaries); no hint without them. */
  salaryMarket: SalaryMarket;
};

export function VacancyEditor({ initialValues, companies, saved: opened, autosave, basePath, zones, countries, salaryMarket }: Props) {
  const te = useTranslations('editor');
  const f = useAppForm(saveVacancyAction, { schema: VacancyEditorSchema, id: 'vf', defaultValue: { ...toDefaultValue(initialValues), companyId: companies[0]?.id ?? '' } as never });
  const fields = f.fields as unknown as EditorFields;
  const form = f.form as unknown as ListForm;
  const formRef = useRef<HTMLFormElement>(null);
  const [autosaved, setAutosaved] = useState<EditorSaved | null>(null);
  // Where the next save continues from: the last autosave, a save the server made before refusing to submit, or the page.
  const saved = autosaved ?? f.reply?.data ?? opened ?? null;
  const status = useAutosave({
    form: formRef,
    enabled: autosave,
    saved,
    leaveQuestion: te('autosave.leave'),
    onSaved: (next) => {
      if (!saved) window.history.replaceState(window.history.state, '', `${basePath}/${next.vacancyId}/edit`);
      setAutosaved(next);
    },
  });

  useEffect(() => announceEarlyInput(formRef.current), []);
  // Which button was pressed last: the summary says "to send" or "to save" accordingly.
  const [pressed, setPressed] = useState<string | null>(null);
  useEffect(() => {
    const form = formRef.current;
    const onSubmit = (event: SubmitEvent) => setPressed(event.submitter instanceof HTMLButtonElement ? event.submitter.value : null);
    form?.addEventListener('submit', onSubmit, true);
    return () => form?.removeEventListener('submit', onSubmit, true);
  }, []);

  return (
    <div ref={(el) => void (formRef.current = el?.querySelector('form') ?? null)}>
      <AppForm of={f} className="space-y-8">
        <FormError />
        <ErrorSummary sending={(pressed ?? f.reply?.initialValue?.intent) === 'submit'} />
        {saved ? (
          <>
            <input type="hidden" name="vacancyId" value={saved.vacancyId} />
            <input type="hidden" name="version" value={saved.version} />
          </>
        ) : companies.length > 1 ? (
          <SelectField meta={fields.companyId} label={te('fields.company')} options={companies.map((c) => [c.id, c.name] as const)} className="sm:max-w-sm" />
        ) : (
          <input type="hidden" name="companyId" value={companies[0]?.id ?? ''} />
        )}
        <MainSection fields={fields} />
        <ScheduleSection fields={fields} form={form} zones={zones} />
        <LanguagesSection fields={fields} form={form} />
        <SalarySection fields={fields} market={salaryMarket} />
        <ConditionsSection fields={fields} />
        <AbroadSection fields={fields} countries={countries} />
        <ContractsSection fields={fields} />
        <DescriptionSection fields={fields} />
        <ApplySection fields={fields} />
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
          <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel={te('actions.saving')}>
            {te('actions.saveDraft')}
          </SubmitButton>
          <SubmitButton name="intent" value="submit" pendingLabel={te('actions.saving')}>
            {te('actions.submit')}
          </SubmitButton>
          <AutosaveStatus state={status} />
        </div>
      </AppForm>
    </div>
  );
}

/**
 * What was typed or chosen before the page came alive is in the controls but not yet in Conform's state (the
 * slot preview, the salary hint and autosave read that): tell Conform about each changed control once.
 */
function announceEarlyInput(form: HTMLFormElement | null) {
  if (!form) return;
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
    const changed =
      el instanceof HTMLSelectElement
        ? [...el.options].some((o) => o.selected !== o.defaultSelected)
        : el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? el.checked !== el.defaultChecked
          : el.value !== el.defaultValue;
    // Conform listens for `input`, which browsers fire for every kind of control.
    if (changed) el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function AutosaveStatus({ state }: { state: AutosaveState }) {
  const t = useTranslations('editor.autosave');
  const format = useFormatter();
  const text =
    state.kind === 'saved'
      ? t('savedAt', { time: format.dateTime(state.at, { hour: '2-digit', minute: '2-digit' }) })
      : state.kind === 'idle'
        ? ''
        : t(state.kind);
  return (
    <p role="status" className="text-sm text-ink-600" data-testid="autosave-status">
      {text}
    </p>
  );
}
