'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SectionProps } from './editor-values';
import { Check, Section, TextField } from './fields';

/** Detail fields of a checked option, indented under it. */
function Details({ children }: { children: ReactNode }) {
  return <div className="ml-7 grid gap-4 border-l-2 border-brand-100 pl-4 sm:grid-cols-2">{children}</div>;
}

export function ConditionsSection({ values, set }: SectionProps) {
  const t = useTranslations('editor.fields');
  const ts = useTranslations('editor.sections');
  return (
    <Section title={ts('conditions')}>
      <div className="space-y-3">
        <Check path="trainingProvided" label={t('trainingProvided')} checked={values.trainingProvided} onChecked={(v) => set('trainingProvided', v)} />
        {values.trainingProvided && (
          <Details>
            <div className="sm:col-span-2">
              <Check path="trainingPaid" label={t('trainingPaid')} checked={values.trainingPaid} onChecked={(v) => set('trainingPaid', v)} />
            </div>
            <TextField path="trainingDays" label={t('trainingDays')} inputMode="numeric" value={values.trainingDays} onValue={(v) => set('trainingDays', v)} />
            <TextField path="trainingNote" label={t('trainingNote')} value={values.trainingNote} onValue={(v) => set('trainingNote', v)} maxLength={300} />
          </Details>
        )}
      </div>
      <div className="space-y-3">
        <Check path="hasKpi" label={t('hasKpi')} checked={values.hasKpi} onChecked={(v) => set('hasKpi', v)} />
        {values.hasKpi && (
          <Details>
            <TextField path="kpiConcurrentChats" label={t('kpiConcurrentChats')} inputMode="numeric" value={values.kpiConcurrentChats} onValue={(v) => set('kpiConcurrentChats', v)} />
            <TextField path="kpiFirstResponseSec" label={t('kpiFirstResponseSec')} inputMode="numeric" value={values.kpiFirstResponseSec} onValue={(v) => set('kpiFirstResponseSec', v)} />
            <TextField path="kpiNote" label={t('kpiNote')} value={values.kpiNote} onValue={(v) => set('kpiNote', v)} maxLength={300} className="sm:col-span-2" />
          </Details>
        )}
      </div>
      <Check path="voiceRequired" label={t('voiceRequired')} checked={values.voiceRequired} onChecked={(v) => set('voiceRequired', v)} />
      <div className="space-y-3">
        <Check path="equipmentProvided" label={t('equipmentProvided')} checked={values.equipmentProvided} onChecked={(v) => set('equipmentProvided', v)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField path="minInternetMbps" label={t('minInternetMbps')} inputMode="numeric" value={values.minInternetMbps} onValue={(v) => set('minInternetMbps', v)} />
          <TextField path="equipmentNote" label={t('equipmentNote')} value={values.equipmentNote} onValue={(v) => set('equipmentNote', v)} maxLength={300} />
        </div>
      </div>
    </Section>
  );
}
