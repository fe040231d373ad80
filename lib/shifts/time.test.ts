import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayOffsetMinutes, formatTime, isValidTimeZone, mod, parseTime, zoneOffsetMinutes, zonedDateTime } from './time';

const at = (iso: string): Date => new Date(iso);

describe('parseTime', () => {
  it.each([
    ['00:00', 0],
    ['00:01', 1],
    ['09:05', 545],
    ['12:00', 720],
    ['21:00', 1260],
    ['23:59', 1439],
  ])('parses %s as %d', (text, minutes) => {
    expect(parseTime(text)).toBe(minutes);
  });

  it.each(['24:00', '23:60', '9:00', '09:5', '0900', '09.00', '', ' 09:00', '09:00 ', '-1:00', '09:00:00', '٠٩:٠٠', '1e:00', 'ab:cd', '09:00\n'])(
    'rejects %j',
    (text) => {
      expect(parseTime(text)).toBeNull();
    },
  );
});

describe('formatTime', () => {
  it('pads hours and minutes', () => {
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(545)).toBe('09:05');
    expect(formatTime(1439)).toBe('23:59');
  });

  it('wraps around the day so converted times can be passed as they are', () => {
    expect(formatTime(1440)).toBe('00:00');
    expect(formatTime(1500)).toBe('01:00');
    expect(formatTime(-60)).toBe('23:00');
  });

  it('rejects fractions and non-finite numbers', () => {
    expect(() => formatTime(1.5)).toThrow(RangeError);
    expect(() => formatTime(Number.NaN)).toThrow(RangeError);
    expect(() => formatTime(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('round-trips with parseTime for every minute of the day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseTime(formatTime(minutes))).toBe(minutes);
      }),
      { numRuns: 500 },
    );
  });
});

describe('mod', () => {
  it('is never negative', () => {
    expect(mod(-1, 1440)).toBe(1439);
    expect(mod(-1440, 1440)).toBe(0);
    expect(mod(2881, 1440)).toBe(1);
  });
});

describe('isValidTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(['Europe/Moscow', 'Asia/Yekaterinburg', 'America/New_York', 'UTC', 'Etc/GMT-5', 'Europe/Kiev', 'Europe/Kyiv'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['', 'Mars/Olympus', 'Europe/Moscow ', 'GMT+25', 'Etc/GMT+14', 'Moscow'])('rejects %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });

  it('caches its answers', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    expect(isValidTimeZone('Pacific/Tahiti')).toBe(true);
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
    const calls = spy.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    expect(isValidTimeZone('Pacific/Tahiti')).toBe(true);
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
    expect(spy.mock.calls.length).toBe(calls);
  });
});

describe('zoneOffsetMinutes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['UTC', '2026-01-15T12:00:00Z', 0],
    ['Europe/Moscow', '2026-01-15T12:00:00Z', 180],
    ['Europe/Moscow', '2026-07-15T12:00:00Z', 180],
    ['Asia/Yekaterinburg', '2026-01-15T12:00:00Z', 300],
    ['Asia/Almaty', '2026-01-15T12:00:00Z', 300],
    ['Asia/Almaty', '2023-01-15T12:00:00Z', 360],
    ['Asia/Tashkent', '2026-07-15T12:00:00Z', 300],
    ['Europe/Minsk', '2026-07-15T12:00:00Z', 180],
    ['Europe/Kaliningrad', '2026-07-15T12:00:00Z', 120],
    ['Asia/Vladivostok', '2026-01-15T12:00:00Z', 600],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 330],
    ['Asia/Kathmandu', '2026-01-15T12:00:00Z', 345],
    ['America/St_Johns', '2026-01-15T12:00:00Z', -210],
    ['America/New_York', '2026-01-15T12:00:00Z', -300],
    ['America/New_York', '2026-07-15T12:00:00Z', -240],
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 60],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 120],
    ['Australia/Sydney', '2026-01-15T12:00:00Z', 660],
    ['Australia/Sydney', '2026-07-15T12:00:00Z', 600],
    ['Pacific/Kiritimati', '2026-01-15T12:00:00Z', 840],
    ['Etc/GMT-5', '2026-01-15T12:00:00Z', 300],
    ['Etc/GMT+12', '2026-01-15T12:00:00Z', -720],
  ])('%s at %s is %d', (tz, iso, offset) => {
    expect(zoneOffsetMinutes(tz, at(iso))).toBe(offset);
  });

  it('switches exactly at the DST transitions of 2026', () => {
    // Europe/Berlin: last Sundays of March and October, at 01:00 UTC.
    expect(zoneOffsetMinutes('Europe/Berlin', at('2026-03-29T00:59:59.999Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Berlin', at('2026-10-25T00:59:59Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Berlin', at('2026-10-25T01:00:00Z'))).toBe(60);
    // America/New_York: second Sunday of March, first Sunday of November, at 02:00 local.
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T06:59:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T07:00:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('America/New_York', at('2026-11-01T05:59:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('America/New_York', at('2026-11-01T06:00:00Z'))).toBe(-300);
  });

  it('handles instants before 1970, in the first century and with local mean time', () => {
    expect(zoneOffsetMinutes('UTC', at('1969-12-31T23:59:59.500Z'))).toBe(0);
    expect(zoneOffsetMinutes('Europe/Moscow', at('1975-06-01T00:00:00Z'))).toBe(180);
    expect(zoneOffsetMinutes('UTC', at('0050-06-01T00:00:00Z'))).toBe(0);
    // Moscow local mean time was +2:30:17.
    expect(zoneOffsetMinutes('Europe/Moscow', at('1880-01-01T00:00:00Z'))).toBe(150);
  });

  it('rejects unknown zones and invalid dates', () => {
    expect(() => zoneOffsetMinutes('Mars/Olympus', at('2026-01-01T00:00:00Z'))).toThrow(/Unknown time zone: Mars\/Olympus/);
    expect(() => zoneOffsetMinutes('UTC', new Date(Number.NaN))).toThrow(/Invalid date/);
  });

  it('creates one formatter per zone', () => {
    zoneOffsetMinutes('Pacific/Chatham', at('2026-01-01T00:00:00Z'));
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    expect(zoneOffsetMinutes('Pacific/Chatham', at('2026-01-01T00:00:00Z'))).toBe(825);
    expect(zoneOffsetMinutes('Pacific/Chatham', at('2026-07-01T00:00:00Z'))).toBe(765);
    expect(spy).not.toHaveBeenCalled();
  });

  it('agrees with the wall clock it is derived from (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Europe/Moscow'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: at('1990-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        (tz, instant) => {
          const offset = zoneOffsetMinutes(tz, instant);
          const local = zonedDateTime(tz, new Date(instant.getTime()));
          const shifted = new Date(instant.getTime() + offset * 60_000);
          expect([shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCDate()]).toEqual([local.hour, local.minute, local.day]);
        },
      ),
    );
  });
});

describe('dayOffsetMinutes', () => {
  it('gives a whole local day the offset of its noon', () => {
    // Berlin switches at 02:00 local on 29 March 2026; 00:30 UTC is still 01:30 CET.
    expect(zoneOffsetMinutes('Europe/Berlin', at('2026-03-29T00:30:00Z'))).toBe(60);
    expect(dayOffsetMinutes('Europe/Berlin', at('2026-03-29T00:30:00Z'))).toBe(120);
    expect(dayOffsetMinutes('Europe/Berlin', at('2026-03-28T22:59:00Z'))).toBe(60);
    expect(dayOffsetMinutes('Europe/Berlin', at('2026-03-28T23:00:00Z'))).toBe(120);
    // On 25 October the switch back happens at 03:00 local, so the day is CET from its noon.
    expect(dayOffsetMinutes('Europe/Berlin', at('2026-10-24T21:59:00Z'))).toBe(120);
    expect(dayOffsetMinutes('Europe/Berlin', at('2026-10-24T22:00:00Z'))).toBe(60);
    expect(dayOffsetMinutes('America/New_York', at('2026-03-08T05:00:00Z'))).toBe(-240);
  });

  it('equals the plain offset on days without a switch (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Moscow', 'Asia/Tashkent', 'Asia/Vladivostok', 'Asia/Kathmandu', 'Etc/GMT-5', 'UTC'),
        fc.date({ min: at('2025-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z'), noInvalidDate: true }),
        (tz, on) => {
          expect(dayOffsetMinutes(tz, on)).toBe(zoneOffsetMinutes(tz, on));
        },
      ),
    );
  });
});
