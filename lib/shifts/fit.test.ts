import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  anySlotFits,
  convertSlot,
  formatTime,
  parseTime,
  rangeFitsWindow,
  slotDurationMinutes,
  slotFitsWindow,
  slotToUtcMinutes,
  windowToUtcMinutes,
  type FreeWindow,
  type MinuteRange,
  type ShiftSlot,
} from './fit';

const at = (iso: string): Date => new Date(iso);
const WINTER = at('2026-01-15T12:00:00Z');
const SUMMER = at('2026-07-15T12:00:00Z');

function hhmm(text: string): number {
  const minutes = parseTime(text);
  if (minutes === null) throw new Error(`Bad time in test: ${text}`);
  return minutes;
}

/** "21:00–09:00" in a zone. */
function slot(range: string, timeZone: string): ShiftSlot {
  const [start = '', end = ''] = range.split('–');
  return { start: hhmm(start), end: hhmm(end), timeZone };
}

function freeWindow(range: string, timeZone: string): FreeWindow {
  const { start, end } = slot(range, timeZone);
  return { from: start, to: end, timeZone };
}

function show({ start, end }: MinuteRange): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** Independent oracle: mark every free minute of the window, then walk every minute of the slot. */
function bruteForceFits(range: MinuteRange, window: { from: number; to: number }): boolean {
  const free = new Array<boolean>(1440).fill(window.from === window.to);
  for (let m = window.from; m !== window.to; m = (m + 1) % 1440) free[m] = true;
  let m = range.start;
  do {
    if (!free[m]) return false;
    m = (m + 1) % 1440;
  } while (m !== range.end);
  return true;
}

describe('slotFitsWindow: examples', () => {
  const moscowNight = slot('21:00–09:00', 'Europe/Moscow');

  it('Moscow 21:00–09:00 is 23:00–11:00 in Yekaterinburg', () => {
    expect(show(convertSlot(moscowNight, 'Asia/Yekaterinburg', WINTER))).toBe('23:00–11:00');
    expect(slotFitsWindow(moscowNight, freeWindow('22:00–12:00', 'Asia/Yekaterinburg'), WINTER)).toBe(true);
    expect(slotFitsWindow(moscowNight, freeWindow('23:30–12:00', 'Asia/Yekaterinburg'), WINTER)).toBe(false);
    expect(slotFitsWindow(moscowNight, freeWindow('22:00–10:59', 'Asia/Yekaterinburg'), WINTER)).toBe(false);
  });

  it('equal boundaries fit', () => {
    expect(slotFitsWindow(moscowNight, freeWindow('23:00–11:00', 'Asia/Yekaterinburg'), WINTER)).toBe(true);
    expect(slotFitsWindow(moscowNight, freeWindow('23:00–11:00', 'Asia/Tashkent'), SUMMER)).toBe(true);
    expect(slotFitsWindow(moscowNight, freeWindow('21:00–09:00', 'Europe/Moscow'), SUMMER)).toBe(true);
  });

  it('Almaty and Tashkent are two hours ahead of Moscow', () => {
    const day = slot('09:00–18:00', 'Europe/Moscow');
    expect(show(convertSlot(day, 'Asia/Almaty', SUMMER))).toBe('11:00–20:00');
    expect(slotFitsWindow(day, freeWindow('10:00–20:00', 'Asia/Almaty'), SUMMER)).toBe(true);
    expect(slotFitsWindow(day, freeWindow('11:30–20:00', 'Asia/Almaty'), SUMMER)).toBe(false);
    expect(show(convertSlot(moscowNight, 'Asia/Tashkent', WINTER))).toBe('23:00–11:00');
    expect(slotFitsWindow(moscowNight, freeWindow('23:01–11:00', 'Asia/Tashkent'), WINTER)).toBe(false);
  });

  it('Almaty was three hours ahead before Kazakhstan moved to UTC+5 in March 2024', () => {
    const day = slot('09:00–18:00', 'Europe/Moscow');
    expect(show(convertSlot(day, 'Asia/Almaty', at('2023-06-01T12:00:00Z')))).toBe('12:00–21:00');
    expect(slotFitsWindow(day, freeWindow('10:00–20:00', 'Asia/Almaty'), at('2023-06-01T12:00:00Z'))).toBe(false);
  });

  it('Minsk shares Moscow time, Kaliningrad is an hour behind', () => {
    expect(slotFitsWindow(moscowNight, freeWindow('21:00–09:00', 'Europe/Minsk'), WINTER)).toBe(true);
    expect(slotFitsWindow(moscowNight, freeWindow('21:01–09:00', 'Europe/Minsk'), WINTER)).toBe(false);
    const day = slot('09:00–21:00', 'Europe/Moscow');
    expect(show(convertSlot(day, 'Europe/Kaliningrad', SUMMER))).toBe('08:00–20:00');
    expect(slotFitsWindow(day, freeWindow('08:00–20:00', 'Europe/Kaliningrad'), SUMMER)).toBe(true);
    expect(slotFitsWindow(day, freeWindow('08:30–20:00', 'Europe/Kaliningrad'), SUMMER)).toBe(false);
  });

  it('Vladivostok is seven hours ahead of Moscow', () => {
    const early = slot('02:00–10:00', 'Europe/Moscow');
    expect(show(convertSlot(early, 'Asia/Vladivostok', WINTER))).toBe('09:00–17:00');
    expect(slotFitsWindow(early, freeWindow('09:00–18:00', 'Asia/Vladivostok'), WINTER)).toBe(true);
    const vladivostokDay = slot('09:00–18:00', 'Asia/Vladivostok');
    expect(show(convertSlot(vladivostokDay, 'Europe/Moscow', WINTER))).toBe('02:00–11:00');
    expect(slotFitsWindow(vladivostokDay, freeWindow('00:00–10:00', 'Europe/Moscow'), WINTER)).toBe(false);
    expect(slotFitsWindow(vladivostokDay, freeWindow('22:00–11:00', 'Europe/Moscow'), WINTER)).toBe(true);
  });

  it('New York follows its own DST: eight hours behind Moscow in winter, seven in summer', () => {
    const evening = slot('17:00–01:00', 'Europe/Moscow');
    const window = freeWindow('09:00–17:00', 'America/New_York');
    expect(show(convertSlot(evening, 'America/New_York', WINTER))).toBe('09:00–17:00');
    expect(slotFitsWindow(evening, window, WINTER)).toBe(true);
    expect(show(convertSlot(evening, 'America/New_York', SUMMER))).toBe('10:00–18:00');
    expect(slotFitsWindow(evening, window, SUMMER)).toBe(false);
  });

  it('Berlin is two hours behind Moscow in winter and one in summer', () => {
    const berlinNight = slot('21:00–09:00', 'Europe/Berlin');
    const moscowWindow = freeWindow('22:00–10:00', 'Europe/Moscow');
    expect(show(convertSlot(berlinNight, 'Europe/Moscow', WINTER))).toBe('23:00–11:00');
    expect(slotFitsWindow(berlinNight, moscowWindow, WINTER)).toBe(false);
    expect(show(convertSlot(berlinNight, 'Europe/Moscow', SUMMER))).toBe('22:00–10:00');
    expect(slotFitsWindow(berlinNight, moscowWindow, SUMMER)).toBe(true);
  });

  it('handles windows that cross midnight in either direction', () => {
    const lateEvening = slot('20:00–23:00', 'Europe/Moscow');
    expect(slotFitsWindow(lateEvening, freeWindow('19:00–02:00', 'Europe/Moscow'), WINTER)).toBe(true);
    expect(slotFitsWindow(lateEvening, freeWindow('19:00–22:00', 'Europe/Moscow'), WINTER)).toBe(false);
    // A day slot does not fit a night window that covers both of its ends.
    const day = slot('08:00–20:00', 'Europe/Moscow');
    expect(slotFitsWindow(day, freeWindow('19:00–09:00', 'Europe/Moscow'), WINTER)).toBe(false);
    // A slot that crosses midnight only once converted: Moscow 22:00–23:30 is 01:00–02:30 in Omsk.
    const lateMoscow = slot('22:00–23:30', 'Europe/Moscow');
    expect(show(convertSlot(lateMoscow, 'Asia/Omsk', WINTER))).toBe('01:00–02:30');
    expect(slotFitsWindow(lateMoscow, freeWindow('23:00–03:00', 'Asia/Omsk'), WINTER)).toBe(true);
    expect(slotFitsWindow(lateMoscow, freeWindow('01:30–03:00', 'Asia/Omsk'), WINTER)).toBe(false);
  });

  it('a 24-hour slot fits only a full-day window', () => {
    const fullDay = slot('09:00–09:00', 'Europe/Moscow');
    expect(slotDurationMinutes(fullDay)).toBe(1440);
    expect(slotFitsWindow(fullDay, freeWindow('00:00–00:00', 'Asia/Vladivostok'), WINTER)).toBe(true);
    expect(slotFitsWindow(fullDay, freeWindow('17:45–17:45', 'America/New_York'), SUMMER)).toBe(true);
    expect(slotFitsWindow(fullDay, freeWindow('09:00–08:59', 'Europe/Moscow'), WINTER)).toBe(false);
    expect(slotFitsWindow(fullDay, freeWindow('09:01–09:00', 'Europe/Moscow'), WINTER)).toBe(false);
    expect(show(convertSlot(fullDay, 'Asia/Yekaterinburg', WINTER))).toBe('11:00–11:00');
  });

  it('a full-day window fits any slot', () => {
    const window = freeWindow('13:37–13:37', 'Asia/Kathmandu');
    for (const range of ['00:00–23:59', '23:59–00:00', '21:00–09:00', '12:00–12:00']) {
      expect(slotFitsWindow(slot(range, 'America/St_Johns'), window, SUMMER)).toBe(true);
    }
  });

  it('a one-minute slot across midnight', () => {
    const tick = slot('23:59–00:00', 'UTC');
    expect(slotDurationMinutes(tick)).toBe(1);
    expect(slotFitsWindow(tick, freeWindow('23:59–00:00', 'UTC'), WINTER)).toBe(true);
    expect(slotFitsWindow(tick, freeWindow('23:00–23:59', 'UTC'), WINTER)).toBe(false);
    expect(slotFitsWindow(tick, freeWindow('00:00–23:59', 'UTC'), WINTER)).toBe(false);
  });

  it('handles zones with quarter-hour and half-hour offsets', () => {
    const moscowDay = slot('09:00–18:00', 'Europe/Moscow');
    expect(show(convertSlot(moscowDay, 'Asia/Kathmandu', WINTER))).toBe('11:45–20:45');
    expect(show(convertSlot(moscowDay, 'Asia/Kolkata', WINTER))).toBe('11:30–20:30');
    expect(slotFitsWindow(moscowDay, freeWindow('11:45–21:00', 'Asia/Kathmandu'), WINTER)).toBe(true);
    expect(slotFitsWindow(moscowDay, freeWindow('11:46–21:00', 'Asia/Kathmandu'), WINTER)).toBe(false);
  });

  it('uses the current date by default', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const berlinNight = slot('21:00–09:00', 'Europe/Berlin');
    const moscowWindow = freeWindow('22:00–10:00', 'Europe/Moscow');
    vi.setSystemTime(SUMMER);
    expect(slotFitsWindow(berlinNight, moscowWindow)).toBe(true);
    expect(anySlotFits([berlinNight], moscowWindow)).toBe(true);
    vi.setSystemTime(WINTER);
    expect(slotFitsWindow(berlinNight, moscowWindow)).toBe(false);
    expect(anySlotFits([berlinNight], moscowWindow)).toBe(false);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('DST: a slot keeps its nominal length and the offset of the day it starts on', () => {
  const berlinNight = slot('21:00–09:00', 'Europe/Berlin');

  it('on the night Berlin springs forward (28→29 March 2026)', () => {
    // The Berlin clock would read 10:00 CEST after 12 real hours; we keep the 12 hours.
    expect(show(slotToUtcMinutes(berlinNight, at('2026-03-28T12:00:00Z')))).toBe('20:00–08:00');
    expect(show(convertSlot(berlinNight, 'Europe/Moscow', at('2026-03-28T12:00:00Z')))).toBe('23:00–11:00');
    expect(show(slotToUtcMinutes(berlinNight, at('2026-03-29T12:00:00Z')))).toBe('19:00–07:00');
    // Already 29 March in Berlin (01:30 CET), before the switch: the day counts as summer time.
    expect(show(slotToUtcMinutes(berlinNight, at('2026-03-29T00:30:00Z')))).toBe('19:00–07:00');
    const moscowWindow = freeWindow('22:00–10:00', 'Europe/Moscow');
    expect(slotFitsWindow(berlinNight, moscowWindow, at('2026-03-28T12:00:00Z'))).toBe(false);
    expect(slotFitsWindow(berlinNight, moscowWindow, at('2026-03-29T12:00:00Z'))).toBe(true);
  });

  it('on the night Berlin falls back (24→25 October 2026)', () => {
    // 13 real hours by the wall clock (09:00 CET is 08:00 UTC); we keep 12.
    expect(show(slotToUtcMinutes(berlinNight, at('2026-10-24T12:00:00Z')))).toBe('19:00–07:00');
    expect(show(slotToUtcMinutes(berlinNight, at('2026-10-25T12:00:00Z')))).toBe('20:00–08:00');
    expect(slotDurationMinutes(slotToUtcMinutes(berlinNight, at('2026-10-24T12:00:00Z')))).toBe(720);
  });

  it('a Berlin slot still fits an identical Berlin window on transition days', () => {
    for (const iso of ['2026-03-28T12:00:00Z', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      expect(slotFitsWindow(berlinNight, freeWindow('21:00–09:00', 'Europe/Berlin'), at(iso))).toBe(true);
      expect(slotFitsWindow(berlinNight, freeWindow('21:00–08:59', 'Europe/Berlin'), at(iso))).toBe(false);
      // A slot starting inside the skipped hour (02:00–03:00 on 29 March) is kept as written.
      const skipped = slot('02:30–06:00', 'Europe/Berlin');
      expect(slotFitsWindow(skipped, freeWindow('02:30–06:00', 'Europe/Berlin'), at(iso))).toBe(true);
    }
  });

  it('New York and Berlin switch on different dates', () => {
    // 8–28 March 2026: New York is on EDT (−4), Berlin still on CET (+1): five hours apart, not six.
    const nyDay = slot('09:00–17:00', 'America/New_York');
    expect(show(convertSlot(nyDay, 'Europe/Berlin', at('2026-03-01T12:00:00Z')))).toBe('15:00–23:00');
    expect(show(convertSlot(nyDay, 'Europe/Berlin', at('2026-03-15T12:00:00Z')))).toBe('14:00–22:00');
    expect(show(convertSlot(nyDay, 'Europe/Berlin', at('2026-04-15T12:00:00Z')))).toBe('15:00–23:00');
    expect(slotFitsWindow(nyDay, freeWindow('15:00–23:00', 'Europe/Berlin'), at('2026-03-15T12:00:00Z'))).toBe(false);
    expect(slotFitsWindow(nyDay, freeWindow('15:00–23:00', 'Europe/Berlin'), at('2026-04-15T12:00:00Z'))).toBe(true);
  });
});

describe('anySlotFits', () => {
  const window = freeWindow('22:00–12:00', 'Asia/Yekaterinburg');

  it('is true when one slot fits', () => {
    const slots = [slot('09:00–18:00', 'Europe/Moscow'), slot('21:00–09:00', 'Europe/Moscow')];
    expect(anySlotFits(slots, window, WINTER)).toBe(true);
  });

  it('is false when none fits or there are no slots', () => {
    expect(anySlotFits([slot('09:00–18:00', 'Europe/Moscow'), slot('09:00–09:00', 'Europe/Moscow')], window, WINTER)).toBe(false);
    expect(anySlotFits([], window, WINTER)).toBe(false);
  });

  it('validates the window even without slots', () => {
    expect(() => anySlotFits([], { from: 0, to: 1440, timeZone: 'UTC' }, WINTER)).toThrow(RangeError);
  });
});

describe('UTC minutes', () => {
  it('express the slot and the window in UTC on the date', () => {
    expect(slotToUtcMinutes(slot('21:00–09:00', 'Europe/Moscow'), WINTER)).toEqual({ start: hhmm('18:00'), end: hhmm('06:00') });
    expect(slotToUtcMinutes(slot('01:00–10:00', 'Asia/Vladivostok'), WINTER)).toEqual({ start: hhmm('15:00'), end: hhmm('00:00') });
    expect(windowToUtcMinutes(freeWindow('22:00–12:00', 'Asia/Yekaterinburg'), WINTER)).toEqual({ from: hhmm('17:00'), to: hhmm('07:00') });
    expect(windowToUtcMinutes(freeWindow('08:00–08:00', 'America/New_York'), SUMMER)).toEqual({ from: hhmm('12:00'), to: hhmm('12:00') });
  });

  it('rangeFitsWindow is the circle check', () => {
    expect(rangeFitsWindow({ start: 1080, end: 360 }, { from: 1020, to: 420 })).toBe(true);
    expect(rangeFitsWindow({ start: 1080, end: 360 }, { from: 1110, to: 420 })).toBe(false);
    expect(rangeFitsWindow({ start: 100, end: 100 }, { from: 5, to: 5 })).toBe(true);
    expect(rangeFitsWindow({ start: 100, end: 100 }, { from: 100, to: 99 })).toBe(false);
  });
});

describe('validation', () => {
  const ok = slot('09:00–18:00', 'Europe/Moscow');
  const okWindow = freeWindow('08:00–20:00', 'Europe/Moscow');

  it.each([
    [{ ...ok, start: 1440 }, /Slot start/],
    [{ ...ok, start: -1 }, /Slot start/],
    [{ ...ok, end: 1.5 }, /Slot end/],
    [{ ...ok, end: Number.NaN }, /Slot end/],
    [{ ...ok, timeZone: 'Europe/Mordor' }, /Unknown time zone: Europe\/Mordor/],
    [{ ...ok, timeZone: '' }, /Unknown time zone/],
  ])('rejects the slot %j', (badSlot, message) => {
    expect(() => slotFitsWindow(badSlot, okWindow, WINTER)).toThrow(message);
    expect(() => slotToUtcMinutes(badSlot, WINTER)).toThrow(RangeError);
  });

  it.each([
    [{ ...okWindow, from: 1440 }, /Window start/],
    [{ ...okWindow, to: -5 }, /Window end/],
    [{ ...okWindow, timeZone: 'MSK+1' }, /Unknown time zone/],
  ])('rejects the window %j, even a full-day one', (badWindow, message) => {
    expect(() => slotFitsWindow(ok, badWindow, WINTER)).toThrow(message);
    expect(() => windowToUtcMinutes(badWindow, WINTER)).toThrow(RangeError);
  });

  it('rejects an unknown target zone and an invalid date', () => {
    expect(() => convertSlot(ok, 'Nowhere', WINTER)).toThrow(/Unknown time zone: Nowhere/);
    expect(() => slotFitsWindow(ok, okWindow, new Date(Number.NaN))).toThrow(/Invalid date/);
  });
});

describe('slotFitsWindow: properties', () => {
  const DST_ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham', 'America/St_Johns', 'Australia/Lord_Howe'];
  const FIXED_ZONES = {
    UTC: 0,
    'Europe/Moscow': 180,
    'Europe/Minsk': 180,
    'Europe/Kaliningrad': 120,
    'Asia/Yekaterinburg': 300,
    'Asia/Almaty': 300,
    'Asia/Tashkent': 300,
    'Asia/Vladivostok': 600,
    'Asia/Kolkata': 330,
    'Asia/Kathmandu': 345,
    'Pacific/Kiritimati': 840,
    'Etc/GMT-5': 300,
    'Etc/GMT+12': -720,
  } as const;
  type FixedZone = keyof typeof FIXED_ZONES;
  const fixedZoneNames = Object.keys(FIXED_ZONES) as FixedZone[];

  const minute = fc.integer({ min: 0, max: 1439 });
  const zone = fc.constantFrom(...DST_ZONES, ...fixedZoneNames);
  // Half of the dates sit within two days of a 2026 DST switch somewhere.
  const transitions = ['2026-03-08T07:00:00Z', '2026-03-29T01:00:00Z', '2026-04-05T16:00:00Z', '2026-10-04T16:00:00Z', '2026-10-25T01:00:00Z', '2026-11-01T06:00:00Z'];
  const date = fc.oneof(
    fc.date({ min: at('2024-06-01T00:00:00Z'), max: at('2035-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -2880, max: 2880 })).map(([iso, minutes]) => new Date(at(iso).getTime() + minutes * 60_000)),
  );
  const slotArb = fc.record({ start: minute, end: minute, timeZone: zone });
  const windowArb = fc.record({ from: minute, to: minute, timeZone: zone });
  const runs = { numRuns: 400 };

  it('a slot fits a window equal to itself in the same zone', () => {
    fc.assert(
      fc.property(slotArb, date, (s, on) => {
        expect(slotFitsWindow(s, { from: s.start, to: s.end, timeZone: s.timeZone }, on)).toBe(true);
      }),
      runs,
    );
  });

  it('every slot fits a full-day window', () => {
    fc.assert(
      fc.property(slotArb, minute, zone, date, (s, m, tz, on) => {
        expect(slotFitsWindow(s, { from: m, to: m, timeZone: tz }, on)).toBe(true);
      }),
      runs,
    );
  });

  it('a 24-hour slot fits no window shorter than a day', () => {
    fc.assert(
      fc.property(minute, zone, windowArb, date, (m, tz, w, on) => {
        fc.pre(w.from !== w.to);
        expect(slotFitsWindow({ start: m, end: m, timeZone: tz }, w, on)).toBe(false);
      }),
      runs,
    );
  });

  it('does not change when slot and window are re-expressed in Etc/GMT-5 or any other zone', () => {
    fc.assert(
      fc.property(slotArb, windowArb, fc.constantFrom('Etc/GMT-5', 'Etc/GMT+3', ...DST_ZONES), date, (s, w, target, on) => {
        const movedSlot = { ...convertSlot(s, target, on), timeZone: target };
        const movedRange = convertSlot({ start: w.from, end: w.to, timeZone: w.timeZone }, target, on);
        const movedWindow = { from: movedRange.start, to: movedRange.end, timeZone: target };
        expect(slotFitsWindow(movedSlot, movedWindow, on)).toBe(slotFitsWindow(s, w, on));
      }),
      runs,
    );
  });

  it('shrinking a window never makes a non-fitting slot fit', () => {
    fc.assert(
      fc.property(slotArb, windowArb, fc.nat(1439), fc.nat(1439), date, (s, w, a, b, on) => {
        const length = w.from === w.to ? 1440 : (w.to - w.from + 1440) % 1440;
        // At least one minute must remain, otherwise from === to would mean the whole day again.
        fc.pre(a + b < length);
        const shrunk = { from: (w.from + a) % 1440, to: (w.to - b + 1440) % 1440, timeZone: w.timeZone };
        if (slotFitsWindow(s, shrunk, on)) expect(slotFitsWindow(s, w, on)).toBe(true);
      }),
      runs,
    );
  });

  it('converting keeps the length, and converting back restores the slot', () => {
    fc.assert(
      fc.property(slotArb, zone, date, (s, target, on) => {
        const moved = convertSlot(s, target, on);
        expect(slotDurationMinutes(moved)).toBe(slotDurationMinutes(s));
        expect(convertSlot({ ...moved, timeZone: target }, s.timeZone, on)).toEqual({ start: s.start, end: s.end });
        expect(convertSlot(s, s.timeZone, on)).toEqual({ start: s.start, end: s.end });
      }),
      runs,
    );
  });

  it('agrees with a check done purely on the UTC minutes stored for SQL', () => {
    fc.assert(
      fc.property(slotArb, windowArb, date, (s, w, on) => {
        const expected = bruteForceFits(slotToUtcMinutes(s, on), windowToUtcMinutes(w, on));
        expect(slotFitsWindow(s, w, on)).toBe(expected);
        expect(rangeFitsWindow(slotToUtcMinutes(s, on), windowToUtcMinutes(w, on))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches hand-computed UTC minutes for zones without DST', () => {
    const fixedZone = fc.constantFrom(...fixedZoneNames);
    fc.assert(
      fc.property(minute, minute, fixedZone, minute, minute, fixedZone, date, (start, end, slotZone, from, to, windowZone, on) => {
        const toUtc = (m: number, tz: FixedZone): number => (m - FIXED_ZONES[tz] + 2880) % 1440;
        const utcSlot = { start: toUtc(start, slotZone), end: toUtc(end, slotZone) };
        const utcWindow = { from: toUtc(from, windowZone), to: toUtc(to, windowZone) };
        expect(slotToUtcMinutes({ start, end, timeZone: slotZone }, on)).toEqual(utcSlot);
        expect(slotFitsWindow({ start, end, timeZone: slotZone }, { from, to, timeZone: windowZone }, on)).toBe(bruteForceFits(utcSlot, utcWindow));
      }),
      runs,
    );
  });

  it('rangeFitsWindow agrees with the minute-by-minute oracle', () => {
    fc.assert(
      fc.property(minute, minute, minute, minute, (start, end, from, to) => {
        expect(rangeFitsWindow({ start, end }, { from, to })).toBe(bruteForceFits({ start, end }, { from, to }));
      }),
      { numRuns: 2000 },
    );
  });

  it('anySlotFits is true exactly when some slot fits', () => {
    fc.assert(
      fc.property(fc.array(slotArb, { maxLength: 5 }), windowArb, date, (slots, w, on) => {
        expect(anySlotFits(slots, w, on)).toBe(slots.some((s) => slotFitsWindow(s, w, on)));
      }),
      { numRuns: 200 },
    );
  });
});
