import { describe, expect, it } from 'vitest';
import { convertFilterAmount, readFilterAmount, roundingStep } from './convert-filter-amount';
import type { Rates } from './normalize';

const rates: Rates = { RUB: 1, USD: 90, EUR: 100, KZT: 0.18, BYN: 28, UZS: 0.007 };

describe('roundingStep', () => {
  it('is about 1,000 RUB, floored to a power of ten', () => {
    expect(roundingStep('RUB', rates)).toBe(1000);
    expect(roundingStep('USD', rates)).toBe(10);
    expect(roundingStep('EUR', rates)).toBe(10);
    expect(roundingStep('BYN', rates)).toBe(10);
    expect(roundingStep('KZT', rates)).toBe(1000);
    expect(roundingStep('UZS', rates)).toBe(100_000);
  });

  it('falls back to 1 without a usable rate', () => {
    expect(roundingStep('USD', { ...rates, USD: Number.NaN })).toBe(1);
  });
});

describe('convertFilterAmount', () => {
  it('converts between currencies and rounds to the target step', () => {
    expect(convertFilterAmount(60_000, 'RUB', 'USD', rates)).toBe(670); // 666.7
    expect(convertFilterAmount(500, 'USD', 'RUB', rates)).toBe(45_000);
    expect(convertFilterAmount(1000, 'EUR', 'USD', rates)).toBe(1110); // 1111.1
    expect(convertFilterAmount(50_000, 'RUB', 'KZT', rates)).toBe(278_000); // 277 777.8
  });

  it('keeps the amount when the currency does not change', () => {
    expect(convertFilterAmount(12_345, 'RUB', 'RUB', rates)).toBe(12_345);
  });

  it('never turns a positive amount into zero, and keeps zero', () => {
    expect(convertFilterAmount(1, 'RUB', 'USD', rates)).toBe(10);
    expect(convertFilterAmount(0, 'USD', 'RUB', rates)).toBe(0);
  });

  it('refuses without a rate', () => {
    expect(convertFilterAmount(100, 'USD', 'RUB', { ...rates, USD: Number.NaN })).toBeNull();
  });

  it('round-trips close to the original', () => {
    const usd = convertFilterAmount(80_000, 'RUB', 'USD', rates)!;
    const back = convertFilterAmount(usd, 'USD', 'RUB', rates)!;
    expect(Math.abs(back - 80_000)).toBeLessThanOrEqual(1000);
  });
});

describe('readFilterAmount', () => {
  it('reads whole amounts with spaces', () => {
    expect(readFilterAmount('50 000')).toBe(50_000);
    expect(readFilterAmount('50\u00a0000')).toBe(50_000);
    expect(readFilterAmount(' 70000 ')).toBe(70_000);
  });

  it('leaves anything else alone', () => {
    expect(readFilterAmount('')).toBeNull();
    expect(readFilterAmount('abc')).toBeNull();
    expect(readFilterAmount('1.5')).toBeNull();
    expect(readFilterAmount('-3')).toBeNull();
  });
});
