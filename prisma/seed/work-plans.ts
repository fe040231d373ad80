// The working week of a generated vacancy: schedule, shift pattern, shift times, hours and employment
// agree with each other and with what the template's text promises (content/work.ts).
import type { Employment, Schedule } from '../../lib/vocabularies';
import type { WorkPlanKey } from './content/work';
import type { Rng } from './random';

export type WorkPlan = {
  schedule: Schedule;
  pattern: string | null;
  shiftsPerWeek: number | null;
  hoursPerWeek: number;
  /** Local start and end minutes; an end before the start crosses midnight. */
  slots: [number, number][];
  employment: Employment;
  nightShifts: boolean;
  weekendWork: boolean;
};

/** From this many hours a week an ad says full-time; below it part-time (or project work). */
export const FULL_TIME_HOURS = 32;

const h = (hours: number) => hours * 60;

export const slotHours = ([start, end]: [number, number]) => ((end - start + 1440) % 1440 || 1440) / 60;

/** Any minute between 00:00 and 05:00 local counts as night work. */
export function coversNight([start, end]: [number, number]): boolean {
  const duration = (end - start + 1440) % 1440 || 1440;
  for (let m = 0; m < duration; m += 30) if ((start + m) % 1440 < h(5)) return true;
  return false;
}

/** Paid hours a week: shifts a week times the shift, less an hour's break in shifts of nine hours or more. */
function weeklyHours(shiftsPerWeek: number, shift: [number, number]): number {
  const length = slotHours(shift);
  return Math.round(shiftsPerWeek * (length >= 9 ? length - 1 : length));
}

function shifts(pattern: `${number}/${number}`, slots: [number, number][], weekendWork: boolean): Omit<WorkPlan, 'employment'> {
  const [on, off] = pattern.split('/').map(Number) as [number, number];
  const perWeek = (7 * on) / (on + off);
  return {
    schedule: 'shift', pattern, shiftsPerWeek: null, hoursPerWeek: weeklyHours(perWeek, slots[0]!), slots,
    nightShifts: slots.some(coversNight), weekendWork,
  };
}

function week(key: WorkPlanKey, rng: Rng): Omit<WorkPlan, 'employment'> {
  switch (key) {
    case 'office5x2': {
      const start = rng.pick([h(8), h(9), h(9), h(10)]);
      return { schedule: 'fullDay', pattern: '5/2', shiftsPerWeek: 5, hoursPerWeek: 40, slots: [[start, start + h(9)]], nightShifts: false, weekendWork: false };
    }
    case 'day2x2':
      return shifts('2/2', [rng.pick<[number, number]>([[h(8), h(20)], [h(9), h(21)], [h(10), h(22)]])], true);
    case 'dayEvening2x2':
      return shifts('2/2', rng.pick<[number, number][]>([[[h(8), h(19)], [h(12), h(23)]], [[h(7), h(18)], [h(13), 0]]]), true);
    case 'night2x2':
      return shifts('2/2', rng.pick<[number, number][]>([[[h(20), h(8)]], [[h(21), h(9)]], [[h(19), h(7)]], [[h(8), h(20)], [h(20), h(8)]]]), true);
    case 'night5x2':
      return { ...shifts('5/2', [[h(23), h(8)]], false), shiftsPerWeek: 5 };
    case 'night4x3':
      return { ...shifts('4/3', [[h(22), h(7)]], rng.chance(0.5)), shiftsPerWeek: 4 };
    case 'flexPart': {
      const length = rng.pick([4, 5, 6]);
      const perWeek = rng.pick([3, 4, 5]);
      const starts = rng.pick([[h(8), h(17)], [h(10)], [h(14), h(18)], [h(7), h(12), h(17)]]);
      return {
        schedule: 'flexible', pattern: null, shiftsPerWeek: perWeek, hoursPerWeek: perWeek * length,
        slots: starts.map((s): [number, number] => [s, (s + h(length)) % 1440]), nightShifts: false, weekendWork: rng.chance(0.5),
      };
    }
    case 'flexFull': {
      const start = rng.pick([h(8), h(10), h(12)]);
      return { schedule: 'flexible', pattern: null, shiftsPerWeek: 5, hoursPerWeek: 40, slots: [[start, start + h(9)]], nightShifts: false, weekendWork: rng.chance(0.3) };
    }
  }
}

/** A week for the plan; part-time plans become project work now and then. */
export function planWork(key: WorkPlanKey, rng: Rng): WorkPlan {
  const plan = week(key, rng);
  const employment: Employment = plan.hoursPerWeek >= FULL_TIME_HOURS ? 'full' : rng.weighted([['part', 4], ['project', 1]] as const);
  return { ...plan, employment };
}
