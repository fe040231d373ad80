'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms';
import type { SectionProps } from './editor-values';
import { Details, Section, Toggle } from './fields';

export function ConditionsSection({ fields }: SectionProps) {
  const t = useTranslations('editor.fields');
  const ts = useTranslations('editor.sections');
  return (
    <Section title={ts('conditions')}>
      <Toggle meta={fields.trainingProvided} label={t('trainingProvided')}>
        <Details>
          <div className="sm:col-span-2">
            <Toggle meta={fields.trainingPaid} label={t('trainingPaid')} />
          </div>
          <TextField meta={fields.trainingDays} label={t('trainingDays')} inputMode="numeric" />
          <TextField meta={fields.trainingNote} label={t('trainingNote')} maxLength={300} />
        </Details>
      </Toggle>
      <Toggle meta={fields.hasKpi} label={t('hasKpi')}>
        <Details>
          <TextField meta={fields.kpiConcurrentChats} label={t('kpiConcurrentChats')} inputMode="numeric" />
          <TextField meta={fields.kpiFirstResponseSec} label={t('kpiFirstResponseSec')} inputMode="numeric" />
          <TextField meta={fields.kpiNote} label={t('kpiNote')} maxLength={300} className="sm:col-span-2" />
        </Details>
      </Toggle>
      <Toggle meta={fields.voiceRequired} label={t('voiceRequired')} />
      <div className="space-y-3">
        <Toggle meta={fields.equipmentProvided} label={t('equipmentProvided')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.minInternetMbps} label={t('minInternetMbps')} inputMode="numeric" />
          <TextField meta={fields.equipmentNote} label={t('equipmentNote')} maxLength={300} />
        </div>
      </div>
    </Section>
  );
}
