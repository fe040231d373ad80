import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/salary/format';
import { zoneNamePart } from './zone-names';

describe('zoneNamePart', () => {
  it('names a zone in the locale, with its offset on the given day', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(zoneNamePart('Europe/Moscow', 'en', 'shortOffset', winter)).toBe('GMT+3');
    expect(zoneNamePart('Europe/Berlin', 'en', 'shortOffset', winter)).toBe('GMT+1');
    // The same cached formatter gives the summer offset on a summer day.
    expect(zoneNamePart('Europe/Berlin', 'en', 'shortOffset', summer)).toBe('GMT+2');
    expect(zoneNamePart('Europe/Moscow', 'ru', 'shortGeneric', winter)).toMatch(/Москва/);
  });
  it('gives the id back for a zone Intl does not know, every time', () => {
    expect(zoneNamePart('Mars/Olympus', 'ru')).toBe('Mars/Olympus');
    expect(zoneNamePart('Mars/Olympus', 'ru')).toBe('Mars/Olympus');
  });
});

describe('formatMoney with kept formatters', () => {
  it('formats whole and fractional amounts per locale and currency', () => {
    expect(formatMoney(45000, 'RUB', 'ru')).toBe('45\u00a0000\u00a0₽');
    expect(formatMoney(5.5, 'EUR', 'ru')).toBe('5,50\u00a0€');
    expect(formatMoney(1200, 'USD', 'en')).toBe('$1,200');
    expect(formatMoney(45000, 'RUB', 'ru')).toBe('45\u00a0000\u00a0₽');
  });
});
