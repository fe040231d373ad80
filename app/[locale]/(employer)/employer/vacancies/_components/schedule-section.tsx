'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button, buttonStyles } from '@/components/ui/button';
import { SCHEDULES } from '@/lib/vocabularies';
import { emptySlot, fieldId, type SectionProps, type ZoneOption } from './editor-values';
import { Check, FieldError, Section, SelectField, TextField, useFieldError } from './fields';
import { SlotPreview } from './slot-preview';

const MAX_SLOTS = 6;

export function ScheduleSection({ values, set, zones }: SectionProps & { zones: ZoneOption[] }) {
  const t = useTranslations('editor');
  const tv = useTranslations('vocab');
  const slots = values.shiftSlots;
  const listError = useFieldError('shiftSlots');
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding a row the cursor goes to its first field; after removing one, back to «Add».
  const focusNext = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'added') document.getElementById(fieldId(`shiftSlots.${slots.length - 1}.start`))?.focus();
    if (focusNext.current === 'removed') addRef.current?.focus();
    focusNext.current = null;
  }, [slots.length]);

  const zoneOptions = zones.map(({ value, label }) => ({ value, label }));
  const zoneNames = new Map(zones.map((z) => [z.value, z.name]));

  const updateSlot = (index: number, patch: Partial<(typeof slots)[number]>) =>
    set('shiftSlots', slots.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const req = { required: true, requiredLabel: t('required') };

  return (
    <Section title={t('sections.schedule')}>
      <SelectField
        path="schedule"
        label={t('fields.schedule')}
        value={values.schedule}
        onValue={(v) => set('schedule', v)}
        placeholder={t('choose')}
        options={SCHEDULES.map((id) => ({ value: id, label: tv(`schedule.${id}`) }))}
        className="sm:max-w-sm"
        {...req}
      />
      <div id={listError.id} tabIndex={-1} aria-describedby={listError.invalid ? `${listError.id}-error` : undefined}>
        <FieldError path="shiftSlots" messages={listError.messages} />
        <ol className="space-y-4">
          {slots.map((slot, i) => {
            const n = i + 1;
            const previewId = `${fieldId(`shiftSlots.${i}`)}-preview`;
            return (
              <li key={slot.key}>
                <fieldset className="rounded-control border border-line p-4" aria-describedby={previewId}>
                  <legend className="px-1 text-sm font-semibold text-ink-950">{t('fields.slotLegend', { n })}</legend>
                  <div className="grid gap-4 sm:grid-cols-[11rem_11rem_1fr_auto] sm:items-end">
                    <TextField type="time" path={`shiftSlots.${i}.start`} label={t('fields.slotStart', { n })} value={slot.start} onValue={(v) => updateSlot(i, { start: v })} {...req} />
                    <TextField type="time" path={`shiftSlots.${i}.end`} label={t('fields.slotEnd', { n })} value={slot.end} onValue={(v) => updateSlot(i, { end: v })} {...req} />
                    <SelectField path={`shiftSlots.${i}.timeZone`} label={t('fields.slotZone', { n })} value={slot.timeZone} onValue={(v) => updateSlot(i, { timeZone: v })} options={zoneOptions} {...req} />
                    {slots.length > 1 && (
                      <Button
                        variant="ghost"
                        className="border border-line-strong"
                        onClick={() => {
                          focusNext.current = 'removed';
                          set('shiftSlots', slots.filter((_, j) => j !== i));
                        }}
                      >
                        {t('fields.removeSlot', { n })}
                      </Button>
                    )}
                  </div>
                  <div className="mt-3">
                    <SlotPreview id={previewId} start={slot.start} end={slot.end} timeZone={slot.timeZone} zoneName={zoneNames.get(slot.timeZone) ?? slot.timeZone} />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </div>
      {slots.length < MAX_SLOTS && (
        <button
          type="button"
          ref={addRef}
          className={buttonStyles({ variant: 'secondary' })}
          onClick={() => {
            focusNext.current = 'added';
            set('shiftSlots', [...slots, emptySlot(slots.at(-1)?.timeZone)]);
          }}
        >
          {t('fields.addSlot')}
        </button>
      )}
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField path="shiftPattern" label={t('fields.shiftPattern')} hint={t('fields.shiftPatternHint')} value={values.shiftPattern} onValue={(v) => set('shiftPattern', v)} maxLength={5} />
        <TextField path="shiftsPerWeek" label={t('fields.shiftsPerWeek')} inputMode="numeric" value={values.shiftsPerWeek} onValue={(v) => set('shiftsPerWeek', v)} />
        <TextField path="hoursPerWeek" label={t('fields.hoursPerWeek')} inputMode="numeric" value={values.hoursPerWeek} onValue={(v) => set('hoursPerWeek', v)} />
      </div>
      <div className="flex flex-wrap gap-x-6">
        <Check path="nightShifts" label={t('fields.nightShifts')} checked={values.nightShifts} onChecked={(v) => set('nightShifts', v)} />
        <Check path="weekendWork" label={t('fields.weekendWork')} checked={values.weekendWork} onChecked={(v) => set('weekendWork', v)} />
      </div>
    </Section>
  );
}
