import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('writes whole amounts without decimals in each locale', () => {
    expect(plain(formatMoney(45000, 'RUB', 'ru'))).toBe('45 000 ₽');
    expect(plain(formatMoney(1200, 'USD', 'en'))).toBe('$1,200');
    expect(plain(formatMoney(1200, 'EUR', 'ru'))).toBe('1 200 €');
  });
  it('keeps two decimals for fractional (hourly) pay', () => {
    expect(plain(formatMoney(5.5, 'USD', 'en'))).toBe('$5.50');
    expect(plain(formatMoney(5.5, 'EUR', 'ru'))).toBe('5,50 €');
  });
  it('formats the other currencies of the vocabulary', () => {
    expect(plain(formatMoney(250000, 'KZT', 'ru'))).toBe('250 000 ₸');
    expect(plain(formatMoney(1500, 'BYN', 'en'))).toMatch(/1,500/);
    expect(plain(formatMoney(6000000, 'UZS', 'ru'))).toMatch(/6 000 000/);
  });
  it('names the Belarusian rouble by its code, never «р.», which reads as the Russian rouble', () => {
    expect(plain(formatMoney(1500, 'BYN', 'ru'))).toBe('1 500 BYN');
    expect(plain(formatMoney(1500, 'BYN', 'en'))).toBe('BYN 1,500');
  });
});
