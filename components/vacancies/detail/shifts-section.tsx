import { useTranslations } from 'next-intl';
import { MoonIcon } from '@/components/ui/icons';
import { convertSlot, isValidTimeZone, zoneOffsetMinutes } from '@/lib/shifts/fit';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { CalendarIcon } from './icons';
import { Section } from './section';
import { ShiftSlotsTable, type ShiftSlotRow } from './shift-slots-table';

const MOSCOW = 'Europe/Moscow';

function toRows(slots: VacancyDetail['slots'], on: Date): ShiftSlotRow[] {
  const moscowOffset = zoneOffsetMinutes(MOSCOW, on);
  return slots.map((slot) => ({
    slot,
    // A zone Intl does not know cannot be converted; its times are still shown as stored.
    moscow:
      isValidTimeZone(slot.timeZone) && zoneOffsetMinutes(slot.timeZone, on) !== moscowOffset
        ? convertSlot(slot, MOSCOW, on)
        : null,
  }));
}

/** Shift times in three zones, plus the night and weekend flags. */
export function ShiftsSection({ vacancy, on }: { vacancy: VacancyDetail; on: Date }) {
  const t = useTranslations('vacancy.shifts');
  const flags = [
    { on: vacancy.nightShifts, text: vacancy.nightShifts ? t('night') : t('noNight'), Icon: MoonIcon },
    { on: vacancy.weekendWork, text: vacancy.weekendWork ? t('weekend') : t('noWeekend'), Icon: CalendarIcon },
  ];

  return (
    <Section id="shifts" title={t('heading')}>
      {vacancy.slots.length > 0 ? (
        <>
          <p className="mb-4 text-ink-700">{t('lead')}</p>
          <ShiftSlotsTable
            rows={toRows(vacancy.slots, on)}
            on={on.toISOString()}
            labels={{
              caption: t('caption'),
              vacancyTime: t('vacancyTime'),
              moscowTime: t('moscowTime'),
              yourTime: t('yourTime'),
              duration: t('duration'),
              hours: t('hours', { hours: '{hours}' }),
              nextDay: t('nextDay'),
              fullDay: t('fullDay'),
            }}
          />
        </>
      ) : (
        <p className="text-ink-700">{t('noSlots')}</p>
      )}
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm text-ink-800">
        {flags.map((flag) => (
          <li key={flag.text} className="inline-flex items-center gap-2">
            <flag.Icon className={flag.on ? 'size-4 text-accent-700' : 'size-4 text-ink-500'} />
            {flag.text}
          </li>
        ))}
      </ul>
    </Section>
  );
}
