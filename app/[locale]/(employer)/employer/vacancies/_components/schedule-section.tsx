'use client';

import { useTranslations } from 'next-intl';
import { FieldError, SelectField, TextField, useFieldErrors } from '@/components/forms';
import { buttonStyles } from '@/components/ui/button';
import { SCHEDULES } from '@/lib/vocabularies';
import { DEFAULT_TIME_ZONE } from '@/lib/vacancies/catalogue-query';
import type { SectionProps, ZoneOption } from './editor-values';
import { useRowFocus } from './use-row-focus';
import { Section, Toggle } from './fields';
import type { ListForm } from './languages-section';
import { SlotPreview } from './slot-preview';

const MAX_SLOTS = 6;
const firstFieldId = (i: number) => `vf-shiftSlots[${i}].start`;

export function ScheduleSection({ fields, form, zones }: SectionProps & { form: ListForm; zones: ZoneOption[] }) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const slots = fields.shiftSlots.getFieldList();
  const addRef = useRowFocus(slots.length, firstFieldId);
  const listErrors = useFieldErrors(fields.shiftSlots);
  const zoneOptions = zones.map(({ value, label }) => [value, label] as const);
  const zoneNames = new Map(zones.map((z) => [z.value, z.name]));
  const lastZone = slots.at(-1)?.getFieldset().timeZone.value;

  return (
    <Section title={t('sections.schedule')}>
      <SelectField meta={fields.schedule} label={`${t('fields.schedule')} *`} empty={t('choose')} options={SCHEDULES.map((id) => [id, tv(`schedule.${id}`)] as const)} className="sm:max-w-sm" />
      <div id={fields.shiftSlots.id} tabIndex={-1} aria-describedby={listErrors.length ? fields.shiftSlots.errorId : undefined}>
        <FieldError meta={fields.shiftSlots} />
        <ol className="space-y-4">
          {slots.map((slot, i) => {
            const n = i + 1;
            const { start, end, timeZone } = slot.getFieldset();
            const previewId = `${slot.id}-preview`;
            return (
              <li key={slot.key}>
                <fieldset className="rounded-control border border-line p-4" aria-describedby={previewId}>
                  <legend className="px-1 text-sm font-semibold text-ink-950">{t('fields.slotLegend', { n })}</legend>
                  <div className="grid gap-4 sm:grid-cols-[11rem_11rem_1fr_auto] sm:items-end">
                    <TextField type="time" meta={start} label={`${t('fields.slotStart', { n })} *`} />
                    <TextField type="time" meta={end} label={`${t('fields.slotEnd', { n })} *`} />
                    <SelectField meta={timeZone} label={`${t('fields.slotZone', { n })} *`} options={zoneOptions} />
                    {slots.length > 1 && (
                      <button {...form.remove.getButtonProps({ name: fields.shiftSlots.name, index: i })} className={buttonStyles({ variant: 'ghost', className: 'border border-line-strong' })}>
                        {t('fields.removeSlot', { n })}
                      </button>
                    )}
                  </div>
                  <div className="mt-3">
                    <SlotPreview
                      id={previewId}
                      start={String(start.value ?? '')}
                      end={String(end.value ?? '')}
                      timeZone={String(timeZone.value ?? '')}
                      zoneName={zoneNames.get(String(timeZone.value ?? '')) ?? String(timeZone.value ?? '')}
                    />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </div>
      {slots.length < MAX_SLOTS && (
        <button
          ref={addRef}
          {...form.insert.getButtonProps({ name: fields.shiftSlots.name, defaultValue: { start: '', end: '', timeZone: lastZone || DEFAULT_TIME_ZONE } })}
          className={buttonStyles({ variant: 'secondary' })}
        >
          {t('fields.addSlot')}
        </button>
      )}
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField meta={fields.shiftPattern} label={t('fields.shiftPattern')} hint={t('fields.shiftPatternHint')} maxLength={5} />
        <TextField meta={fields.shiftsPerWeek} label={t('fields.shiftsPerWeek')} inputMode="numeric" />
        <TextField meta={fields.hoursPerWeek} label={t('fields.hoursPerWeek')} inputMode="numeric" />
      </div>
      <div className="flex flex-wrap gap-x-6">
        <Toggle meta={fields.nightShifts} label={t('fields.nightShifts')} />
        <Toggle meta={fields.weekendWork} label={t('fields.weekendWork')} />
      </div>
    </Section>
  );
}
